import type { ApplicationDetail, ChecklistItem, DocumentView } from '@loket/contracts';
import type { DocumentType } from '@loket/domain';
import { useMessages } from '@loket/i18n/react';
import { FileUpload, useLabels } from '@loket/ui';
import { applicantDocumentMessages } from './documents.messages.ts';

/** Each type with a mark and, for screen readers too, whether it is uploaded. */
export function DocumentChecklist({
  types,
  uploaded,
}: {
  types: readonly DocumentType[];
  uploaded: ReadonlySet<DocumentType>;
}) {
  const t = useMessages(applicantDocumentMessages);
  const labels = useLabels();
  return (
    <ul className="checklist">
      {types.map((type) => (
        <li key={type}>
          <span aria-hidden="true">{uploaded.has(type) ? '✓ ' : '✗ '}</span>
          {t('item', {
            document: labels.documentType[type],
            status: uploaded.has(type) ? t('uploaded') : t('notUploaded'),
          })}
        </li>
      ))}
    </ul>
  );
}

/**
 * The category's checklist: each document with whether it is required, for which part, and
 * whether it is there, in words with an icon beside them (never colour alone).
 */
export function CategoryChecklist({ items }: { items: readonly ChecklistItem[] }) {
  const t = useMessages(applicantDocumentMessages);
  const labels = useLabels();
  return (
    <ul className="checklist category-checklist">
      {items.map((c) => (
        <li key={c.type} className={c.uploaded ? 'checklist-done' : 'checklist-open'}>
          <span className="checklist-icon" aria-hidden="true">
            {c.uploaded ? '✓' : c.mandatory ? '✗' : '○'}
          </span>{' '}
          <strong>{labels.documentType[c.type]}</strong>
          {t('colon')} {labels.requirement[c.mandatory ? 'mandatory' : 'optional']},{' '}
          {labels.inSentence(labels.part[c.part])} –{' '}
          <span className="checklist-status">
            {labels.checklistStatus[c.uploaded ? 'uploaded' : 'missing']}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The applicant's upload form, shown only while the application takes documents. */
export function ApplicantUpload({
  application: a,
  id,
  heading,
  types,
  defaultType,
  onUploaded,
}: {
  application: ApplicationDetail;
  /** The form's own heading ("Upload a document" when not given); null when the section's heading names it already. */
  heading?: string | null;
  /** Prefix of the controls' ids, so error summaries can link to the type select. */
  id: string;
  types: readonly DocumentType[];
  defaultType: DocumentType | undefined;
  onUploaded: (doc: DocumentView) => void | Promise<void>;
}) {
  const t = useMessages(applicantDocumentMessages);
  if (!a.availableActions.includes('upload_document')) return null;
  return (
    <FileUpload
      id={id}
      heading={heading === null ? undefined : (heading ?? t('uploadHeading'))}
      applicationId={a.id}
      types={types}
      defaultType={defaultType}
      onUploaded={onUploaded}
    />
  );
}
