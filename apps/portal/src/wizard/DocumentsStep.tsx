import type { ApplicationDetail } from '@loket/contracts';
import { useMessages } from '@loket/i18n/react';
import { checklistTypesFirst, DocumentList, firstMissingMandatory, Link } from '@loket/ui';
import { ApplicantUpload, CategoryChecklist } from '../components/ApplicantDocuments.tsx';
import { stepPath } from './steps.ts';
import { wizardMessages } from './wizard.messages.ts';

/**
 * The category's documents: the checklist (what is required, for which part, what is there), the
 * upload form (a file button; dropping a file is only a shortcut) and what was uploaded. Every
 * upload is stored at once, so this step has nothing else to save.
 */
export function DocumentsStep({
  application: a,
  onChanged,
  nextHref,
  backHref,
}: {
  application: ApplicationDetail;
  onChanged: () => Promise<void>;
  nextHref: string;
  backHref: string;
}) {
  const t = useMessages(wizardMessages);
  const missing = a.checklist.filter((c) => c.mandatory && !c.uploaded).length;
  return (
    <>
      <p>{t('documentsIntro')}</p>
      <section aria-labelledby="checklist-heading">
        <h2 id="checklist-heading">{t('checklistHeading')}</h2>
        {a.checklist.length === 0 ? (
          <p>
            {t('noCategoryYet')} <Link to={stepPath(a.id, 'category')}>{t('toCategory')}</Link>
          </p>
        ) : (
          <>
            <p className="checklist-summary" role="status">
              <strong>{missing > 0 ? t('missingCount', { count: missing }) : t('allUploaded')}</strong>
            </p>
            <CategoryChecklist items={a.checklist} />
          </>
        )}
      </section>
      <ApplicantUpload
        application={a}
        id="document-upload"
        types={checklistTypesFirst(a.checklist)}
        defaultType={firstMissingMandatory(a.checklist)}
        onUploaded={onChanged}
      />
      {a.documents.length > 0 && (
        <section aria-labelledby="uploaded-heading">
          <h2 id="uploaded-heading">{t('uploadedHeading')}</h2>
          <DocumentList applicationId={a.id} documents={a.documents} />
        </section>
      )}
      <div className="button-row">
        <Link to={nextHref} className="button">
          {t('toReview')}
        </Link>
      </div>
      <p className="wizard-back">
        <Link to={backHref}>{t('back')}</Link>
      </p>
    </>
  );
}
