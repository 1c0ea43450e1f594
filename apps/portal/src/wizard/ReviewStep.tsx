import type { ApplicationDetail, EstablishmentUnit } from '@loket/contracts';
import { type EarlyWarning, occupationLabels } from '@loket/domain';
import { languageNames } from '@loket/i18n';
import { useI18n, useMessages } from '@loket/i18n/react';
import { ApiError, fieldId, Link, ProblemAlert, useApi, useLabels } from '@loket/ui';
import { type ReactNode, useState } from 'react';
import { type DraftField, missingFields, valuesFromApplication } from '../draft.ts';
import { EarlyWarnings } from './EarlyWarnings.tsx';
import { apiErrorText, fieldLabelKey, problemText } from './fieldText.ts';
import { unitLabel } from './StepFields.tsx';
import { type StepKey, stepOf, stepPath } from './steps.ts';
import { wizardMessages } from './wizard.messages.ts';

interface Row {
  /** The field a "Change" link leads to; none for what follows from another answer (the region). */
  field?: DraftField | 'documents';
  /** Rows without a field need a key of their own. */
  key?: string;
  label: string;
  value: ReactNode;
}

/**
 * Everything entered, grouped by step, each line with a "Change" link to its field; what is still
 * missing, linked to where it is done; the early warnings; and the submit button. Submitting is
 * always possible: the API answers with what is missing, and nothing entered is lost.
 */
export function ReviewStep({
  application: a,
  units,
  warnings,
  onSubmitted,
  backHref,
}: {
  application: ApplicationDetail;
  units: readonly EstablishmentUnit[];
  warnings: readonly EarlyWarning[];
  onSubmitted: () => void;
  backHref: string;
}) {
  const api = useApi();
  const t = useMessages(wizardMessages);
  const labels = useLabels();
  const format = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const values = valuesFromApplication(a);
  const w = a.worker;
  const unit = a.establishmentUnit ?? units.find((u) => u.id === values['/establishmentUnitId']);
  const notGiven = <span className="muted">{t('notGiven')}</span>;
  const or = (value: ReactNode | null | undefined) =>
    value === null || value === undefined || value === '' ? notGiven : value;
  const label = (f: DraftField) => t(fieldLabelKey[f]);
  const mandatory = a.checklist.filter((c) => c.mandatory);

  const groups: { step: StepKey; rows: Row[] }[] = [
    {
      step: 'employer',
      rows: [
        { key: 'employer', label: t('employer'), value: a.employer.name },
        {
          key: '/establishmentUnitId',
          field: '/establishmentUnitId',
          label: label('/establishmentUnitId'),
          value: or(unit && unitLabel(unit)),
        },
        { key: 'region', label: t('placeRegion'), value: or(unit && labels.region[unit.region]) },
        { key: 'province', label: t('placeProvince'), value: or(unit && labels.province[unit.province]) },
        {
          key: '/language',
          field: '/language',
          label: label('/language'),
          value: `${languageNames[a.language]}${values['/language'] ? '' : ` – ${t('letterLanguageRegionFirst')}`}`,
        },
      ],
    },
    {
      step: 'category',
      rows: [
        {
          key: '/category',
          field: '/category',
          label: label('/category'),
          value: or(a.category && labels.category[a.category]),
        },
      ],
    },
    {
      step: 'worker',
      rows: [
        { field: '/worker/givenName', label: label('/worker/givenName'), value: or(w.givenName) },
        { field: '/worker/familyName', label: label('/worker/familyName'), value: or(w.familyName) },
        {
          key: '/worker/birthDate',
          field: '/worker/birthDate',
          label: label('/worker/birthDate'),
          value: or(w.birthDate && format.date(w.birthDate)),
        },
        { field: '/worker/sex', label: label('/worker/sex'), value: or(w.sex && labels.sex[w.sex]) },
        {
          key: '/worker/nationality',
          field: '/worker/nationality',
          label: label('/worker/nationality'),
          value: or(w.nationality && `${labels.country(w.nationality)} (${w.nationality})`),
        },
        {
          key: '/worker/situation',
          field: '/worker/situation',
          label: label('/worker/situation'),
          value: or(w.situation && labels.situation[w.situation]),
        },
      ],
    },
    {
      step: 'job',
      rows: [
        { field: '/jobTitle', label: label('/jobTitle'), value: or(a.jobTitle) },
        {
          key: '/occupationCode',
          field: '/occupationCode',
          label: label('/occupationCode'),
          value: or(
            a.occupationCode &&
              [a.occupationCode, occupationLabels[a.occupationCode]?.[labels.language]]
                .filter(Boolean)
                .join(' – '),
          ),
        },
        {
          key: '/grossAnnualSalaryEur',
          field: '/grossAnnualSalaryEur',
          label: label('/grossAnnualSalaryEur'),
          value: or(a.grossAnnualSalaryEur === null ? null : format.euro(a.grossAnnualSalaryEur)),
        },
      ],
    },
    {
      step: 'documents',
      rows: [
        {
          key: 'documents',
          field: 'documents',
          label: t('step_documents'),
          value:
            mandatory.length === 0
              ? notGiven
              : t('documentsCount', {
                  uploaded: mandatory.filter((c) => c.uploaded).length,
                  required: mandatory.length,
                }),
        },
      ],
    },
  ];

  const todo = [
    ...missingFields(values).map((f) => ({
      key: f,
      text: problemText(f, { keyword: 'required', params: {} }, t, format),
      href: stepPath(a.id, stepOf(f), fieldId(f)),
    })),
    ...mandatory
      .filter((c) => !c.uploaded)
      .map((c) => ({
        key: c.type,
        text: t('uploadDocument', { document: labels.inSentence(labels.documentType[c.type]) }),
        href: stepPath(a.id, 'documents'),
      })),
  ];

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.submit(a.id);
      onSubmitted();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <>
      <p>{t('reviewIntro')}</p>
      {groups.map((g) => (
        <section key={g.step} aria-labelledby={`review-${g.step}`} className="review-group">
          <h2 id={`review-${g.step}`}>{t(`step_${g.step}`)}</h2>
          <dl className="summary review-list">
            {g.rows.map((r) => (
              <div key={r.key ?? r.field}>
                <dt>{r.label}</dt>
                <dd>{r.value}</dd>
                <dd className="review-change">
                  {r.field && (
                    <Link to={stepPath(a.id, g.step, r.field === 'documents' ? undefined : fieldId(r.field))}>
                      {t('change')}
                      <span className="visually-hidden"> {r.label}</span>
                    </Link>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}

      {todo.length > 0 && (
        <section className="alert alert-info" aria-labelledby="todo-heading">
          <h2 id="todo-heading" className="alert-title">
            {t('todoHeading')}
          </h2>
          <ul>
            {todo.map((item) => (
              <li key={item.key}>
                <Link to={item.href}>{item.text}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <EarlyWarnings warnings={warnings} applicationId={a.id} withLinks />

      <section aria-labelledby="submit-heading">
        <h2 id="submit-heading">{t('submitHeading')}</h2>
        <p>
          {a.region ? t('submitTo', { region: labels.regionInSentence[a.region] }) : t('submitToUnknown')}
        </p>
        {error !== undefined && (
          <ProblemAlert
            error={error}
            hrefFor={(pointer) =>
              stepPath(
                a.id,
                stepOf(pointer),
                pointer.startsWith('/documents/') ? 'document-upload-type' : fieldId(pointer),
              )
            }
            messageFor={(e) =>
              apiErrorText(e, error instanceof ApiError ? error.code : undefined, t, labels, format)
            }
          />
        )}
        <button
          type="button"
          className="button"
          onClick={() => void submit()}
          aria-disabled={busy || undefined}
        >
          {busy ? t('submitting') : t('submit')}
        </button>
      </section>
      <p className="wizard-back">
        <Link to={backHref}>{t('back')}</Link>
      </p>
    </>
  );
}
