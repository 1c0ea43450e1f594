import type { ApplicationDetail } from '@loket/contracts';
import { categories, sexes, workerSituations } from '@loket/domain';
import {
  ApiError,
  categoryLabels,
  checklistTypesFirst,
  countryName,
  DocumentList,
  ErrorSummary,
  fieldId,
  firstMissingMandatory,
  missingDocumentMessage,
  Notice,
  optionsOf,
  ProblemAlert,
  regionLabels,
  SelectField,
  sexLabels,
  situationLabels,
  summaryItems,
  TextField,
  useApi,
  useAsync,
} from '@loket/ui';
import { type FormEvent, useState } from 'react';
import {
  type DraftErrors,
  type DraftField,
  draftFields,
  sameValues,
  toUpdateBody,
  validateDraft,
  valuesFromApplication,
} from '../draft.ts';
import { ApplicantUpload, CategoryChecklist } from './ApplicantDocuments.tsx';

const uploadId = 'document-upload';

/** Missing documents link to the upload form; everything else to its field. */
const targetFor = (pointer: string) =>
  pointer.startsWith('/documents/') ? `${uploadId}-type` : fieldId(pointer);

/** Field errors the API sent, so the fields themselves turn red too, not only the summary. */
function apiFieldErrors(error: unknown): DraftErrors {
  const out: DraftErrors = {};
  if (!(error instanceof ApiError)) return out;
  for (const e of error.problem.errors ?? []) {
    if ((draftFields as readonly string[]).includes(e.pointer)) out[e.pointer as DraftField] ??= e.message;
  }
  return out;
}

/**
 * The draft: its details, its documents and the submit step. Submitting saves unsaved edits
 * first, so nothing typed is lost and the API judges what the applicant sees.
 */
export function DraftEditor({
  application: a,
  onChanged,
  onSubmitted,
  onConflict,
}: {
  application: ApplicationDetail;
  onChanged: () => Promise<void>;
  onSubmitted: () => Promise<void>;
  onConflict: () => void;
}) {
  const api = useApi();
  const employers = useAsync(() => api.listEmployers(), 'employers');
  const [values, setValues] = useState(() => valuesFromApplication(a));
  const [baseline, setBaseline] = useState(values);
  const [clientErrors, setClientErrors] = useState<DraftErrors>({});
  const [apiErrors, setApiErrors] = useState<DraftErrors>({});
  const errors = { ...apiErrors, ...clientErrors };
  const [saveError, setSaveError] = useState<unknown>();
  const [submitError, setSubmitError] = useState<unknown>();
  const [busy, setBusy] = useState<'save' | 'submit'>();
  const [notice, setNotice] = useState<string>();
  const dirty = !sameValues(values, baseline);
  const can = new Set(a.availableActions);

  /** A field's id, value, error and change handler, bound to its pointer in the form state. */
  const bind = (f: DraftField) => ({
    id: fieldId(f),
    value: values[f],
    error: errors[f],
    onChange: (value: string) => {
      setValues((v) => ({ ...v, [f]: value }));
      setNotice(undefined);
    },
  });

  const saveDraft = async (): Promise<boolean> => {
    const found = validateDraft(values);
    setClientErrors(found);
    setApiErrors({});
    setSaveError(undefined);
    if (Object.keys(found).length > 0) return false;
    try {
      await api.updateDraft(a.id, toUpdateBody(values, a.version));
      setBaseline(values);
      await onChanged();
      return true;
    } catch (e) {
      setApiErrors(apiFieldErrors(e));
      setSaveError(e);
      return false;
    }
  };

  const onSave = async (e: FormEvent) => {
    e.preventDefault();
    setBusy('save');
    setNotice(undefined);
    if (await saveDraft()) setNotice('The draft was saved.');
    setBusy(undefined);
  };

  const onSubmit = async () => {
    setBusy('submit');
    setSubmitError(undefined);
    setNotice(undefined);
    try {
      if (dirty && !(await saveDraft())) return;
      await api.submit(a.id);
      await onSubmitted();
    } catch (e) {
      setApiErrors(apiFieldErrors(e));
      setSubmitError(e);
    } finally {
      setBusy(undefined);
    }
  };

  const units = employers.data?.items.find((e) => e.id === a.employer.id)?.establishmentUnits ?? [];
  const unitOptions = units.length > 0 ? units : a.establishmentUnit ? [a.establishmentUnit] : [];
  // The checklist comes with the application: the API reloads it after each save and each upload.
  const firstMissing = firstMissingMandatory(a.checklist);
  const clientItems = summaryItems(clientErrors, draftFields, fieldId);
  const nationality = values['/worker/nationality'].trim();
  const conflict = (e: unknown) => e instanceof ApiError && e.code === 'version_conflict';

  return (
    <>
      <section aria-labelledby="details-heading">
        <h2 id="details-heading">Application details</h2>
        <form onSubmit={onSave} noValidate>
          {clientItems.length > 0 && <ErrorSummary items={clientItems} />}
          {saveError !== undefined && (
            <ProblemAlert
              error={saveError}
              onRetry={conflict(saveError) ? onConflict : undefined}
              retryLabel="Reload the application (your unsaved changes are lost)"
            />
          )}
          {notice && <Notice>{notice}</Notice>}
          <fieldset className="field-group">
            <legend>Employment</legend>
            <SelectField
              label="Place of employment"
              placeholder="Choose the place of employment"
              options={unitOptions.map((u) => ({
                value: u.id,
                label: `${u.name}, ${u.postalCode} ${u.municipality} (${regionLabels[u.region]})`,
              }))}
              {...bind('/establishmentUnitId')}
            />
            <SelectField
              label="Category"
              placeholder="Choose the category"
              options={optionsOf(categories, categoryLabels)}
              {...bind('/category')}
            />
            <TextField label="Job title" maxLength={200} {...bind('/jobTitle')} />
            <TextField
              label="Gross annual salary (EUR)"
              hint="In whole euros, for example 45000."
              inputMode="numeric"
              autoComplete="off"
              {...bind('/grossAnnualSalaryEur')}
            />
          </fieldset>
          <fieldset className="field-group">
            <legend>Worker</legend>
            <div className="form-grid">
              <TextField
                label="Given name"
                maxLength={100}
                autoComplete="off"
                {...bind('/worker/givenName')}
              />
              <TextField
                label="Family name"
                maxLength={100}
                autoComplete="off"
                {...bind('/worker/familyName')}
              />
            </div>
            <TextField label="Date of birth" type="date" {...bind('/worker/birthDate')} />
            <SelectField
              label="Sex (as on the passport)"
              placeholder="Choose"
              options={optionsOf(sexes, sexLabels)}
              {...bind('/worker/sex')}
            />
            <TextField
              label="Nationality"
              hint="Two-letter country code, for example IN for India or BR for Brazil."
              className="short"
              maxLength={2}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              after={
                nationality.length === 2 &&
                countryName(nationality) !== nationality.toUpperCase() && (
                  <span className="muted"> {countryName(nationality)}</span>
                )
              }
              {...bind('/worker/nationality')}
            />
            <SelectField
              label="Situation of the worker"
              hint="Where the worker is now."
              placeholder="Choose"
              options={optionsOf(workerSituations, situationLabels)}
              {...bind('/worker/situation')}
            />
          </fieldset>
          <div className="button-row">
            <button type="submit" className="button secondary" disabled={busy !== undefined}>
              {busy === 'save' ? 'Saving…' : 'Save draft'}
            </button>
            {dirty && <p className="muted">You have unsaved changes.</p>}
          </div>
        </form>
      </section>

      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">Documents</h2>
        <h3>Documents for this category</h3>
        {a.checklist.length === 0 ? (
          <p>Choose the category and save the draft: the documents it needs are then listed here.</p>
        ) : (
          <>
            <p className="hint">
              The list depends on the category and on where the worker is now; it follows the draft as you
              save it. Upload every required document before you submit.
            </p>
            <CategoryChecklist items={a.checklist} />
          </>
        )}
        <DocumentList applicationId={a.id} documents={a.documents} />
        <ApplicantUpload
          application={a}
          id={uploadId}
          types={checklistTypesFirst(a.checklist)}
          defaultType={firstMissing}
          onUploaded={onChanged}
        />
      </section>

      {can.has('submit') && (
        <section aria-labelledby="submit-heading">
          <h2 id="submit-heading">Submit the application</h2>
          <p>
            When you submit, the application goes to the {a.region ? `${regionLabels[a.region]} ` : ''}work
            service. You can no longer change it after that, but you can still withdraw it.
          </p>
          {submitError !== undefined && (
            <ProblemAlert error={submitError} targetFor={targetFor} messageFor={missingDocumentMessage} />
          )}
          <button
            type="button"
            className="button"
            onClick={() => void onSubmit()}
            disabled={busy !== undefined}
          >
            {busy === 'submit' ? 'Submitting…' : 'Submit application'}
          </button>
        </section>
      )}
    </>
  );
}
