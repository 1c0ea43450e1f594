import type { ApplicationDetail, Employer, EstablishmentUnit } from '@loket/contracts';
import { useMessages } from '@loket/i18n/react';
import {
  ApiError,
  type AsyncState,
  ErrorSummary,
  FocusedNotice,
  Link,
  navigate,
  PendingPage,
  ProblemAlert,
  useApi,
  useAsync,
  usePageTitle,
} from '@loket/ui';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import {
  type DraftField,
  type DraftValues,
  sameValues,
  toUpdateBody,
  valuesFromApplication,
  warningsFor,
} from '../draft.ts';
import { DocumentsStep } from './DocumentsStep.tsx';
import { EarlyWarnings } from './EarlyWarnings.tsx';
import { ReviewStep } from './ReviewStep.tsx';
import { CategoryFields, EmployerFields, JobFields, WorkerFields } from './StepFields.tsx';
import { StepIndicator } from './StepIndicator.tsx';
import {
  isStepKey,
  nextStep,
  nextUnfinishedStep,
  previousStep,
  type StepKey,
  stepFields,
  stepKeys,
  stepNumber,
  stepOf,
  stepPath,
  stepStatus,
} from './steps.ts';
import { type SaveMode, useStepForm } from './useStepForm.ts';
import { wizardMessages } from './wizard.messages.ts';
import './wizard.css';

const applicationPath = (id: string) => `/applications/${encodeURIComponent(id)}`;

/** /applications/:id/steps/:step – one step of a draft; a submitted application goes to its page. */
export function WizardPage({ id, step }: { id: string; step: string }) {
  const api = useApi();
  const t = useMessages(wizardMessages);
  const app = useAsync((key) => api.getApplication(key), id);
  const employers = useAsync(() => api.listEmployers(), 'employers');
  const a = app.data;
  const known = isStepKey(step);

  useEffect(() => {
    if (!a) return;
    if (a.state !== 'draft') navigate(applicationPath(a.id), { replace: true });
    else if (!known) navigate(stepPath(a.id, nextUnfinishedStep(a)), { replace: true });
  }, [a, known]);

  if (!a) {
    return (
      <PendingPage
        backLabel={t('backToApplications')}
        title={t('step_employer')}
        loadingLabel={t('loadingApplication')}
        state={app}
      />
    );
  }
  if (a.state !== 'draft' || !known) return null;
  return <DraftWizard initial={a} step={step} employers={employers} />;
}

/** /applications/:id/steps – where a draft resumes: its first unfinished step. */
export function ResumeDraftPage({ id }: { id: string }) {
  const api = useApi();
  const t = useMessages(wizardMessages);
  const app = useAsync((key) => api.getApplication(key), id);
  const a = app.data;
  useEffect(() => {
    if (!a) return;
    navigate(a.state === 'draft' ? stepPath(a.id, nextUnfinishedStep(a)) : applicationPath(a.id), {
      replace: true,
    });
  }, [a]);
  return (
    <PendingPage
      backLabel={t('backToApplications')}
      title={t('newApplication')}
      loadingLabel={t('loadingApplication')}
      state={app}
    />
  );
}

/**
 * The steps of one draft. What was typed is kept while moving between steps; each step saves its
 * own fields (PATCH with the version the page holds) before moving on, so the server draft is
 * never more than one step behind and any device resumes from it.
 */
function DraftWizard({
  initial,
  step,
  employers,
}: {
  initial: ApplicationDetail;
  step: StepKey;
  employers: AsyncState<{ items: Employer[] }>;
}) {
  const api = useApi();
  const t = useMessages(wizardMessages);
  const [application, setApplication] = useState(initial);
  const [values, setValues] = useState(() => valuesFromApplication(initial));
  const saved = valuesFromApplication(application);
  const employer = employers.data?.items.find((e) => e.id === application.employer.id);
  const units =
    employer?.establishmentUnits ?? (application.establishmentUnit ? [application.establishmentUnit] : []);
  const region =
    units.find((u) => u.id === values['/establishmentUnitId'])?.region ?? application.region ?? null;

  const title = t(`step_${step}`);
  usePageTitle(`${title} – ${t('stepOf', { current: stepNumber(step), total: stepKeys.length })}`);
  useFocusFromHash(step);

  const setValue = (f: DraftField, v: string) => setValues((all) => ({ ...all, [f]: v }));
  const reload = async () => {
    const fresh = await api.getApplication(application.id);
    setApplication(fresh);
    setValues(valuesFromApplication(fresh));
  };
  const statusOf = (k: StepKey) => stepStatus(application, k, saved);

  const frame = (content: ReactNode) => (
    <>
      <p>
        <Link to="/">{t('backToApplications')}</Link>
      </p>
      <StepIndicator applicationId={application.id} current={step} statusOf={statusOf} />
      <p className="wizard-caption">
        {t('applicationReference', { reference: application.reference })} ·{' '}
        {t('stepOf', { current: stepNumber(step), total: stepKeys.length })}
      </p>
      <h1>{title}</h1>
      {content}
    </>
  );

  if (step === 'documents') {
    return frame(
      <DocumentsStep
        application={application}
        onChanged={reload}
        nextHref={stepPath(application.id, 'review')}
        backHref={stepPath(application.id, 'worker')}
      />,
    );
  }
  if (step === 'review') {
    return frame(
      <ReviewStep
        application={application}
        units={units}
        warnings={warningsFor(saved, application.region)}
        onSubmitted={() => navigate(`${applicationPath(application.id)}/submitted`)}
        backHref={stepPath(application.id, 'documents')}
      />,
    );
  }
  return frame(
    <DataStep
      key={step}
      step={step}
      application={application}
      values={values}
      saved={saved}
      setValue={setValue}
      onSaved={setApplication}
      onConflict={() => void reload()}
      warnings={warningsFor(values, region)}
      employer={employer}
      employersState={employers}
      units={units}
    />,
  );
}

/** A step of fields: its form, error summary, inline errors, warnings and the buttons that save it. */
function DataStep({
  step,
  application,
  values,
  saved,
  setValue,
  onSaved,
  onConflict,
  warnings,
  employer,
  employersState,
  units,
}: {
  step: Exclude<StepKey, 'documents' | 'review'>;
  application: ApplicationDetail;
  values: DraftValues;
  saved: DraftValues;
  setValue: (f: DraftField, v: string) => void;
  onSaved: (a: ApplicationDetail) => void;
  onConflict: () => void;
  warnings: ReturnType<typeof warningsFor>;
  employer: Employer | undefined;
  employersState: AsyncState<unknown>;
  units: readonly EstablishmentUnit[];
}) {
  const api = useApi();
  const t = useMessages(wizardMessages);
  const fields = stepFields[step];
  const form = useStepForm(fields, values);
  const [busy, setBusy] = useState<SaveMode>();
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const bind = (f: DraftField) => ({
    value: values[f],
    error: form.errorOf(f),
    onChange: (v: string) => {
      setValue(f, v);
      setNotice(undefined);
    },
  });

  const save = async (mode: SaveMode) => {
    if (busy) return;
    setError(undefined);
    setNotice(undefined);
    if (!form.check(mode)) return;
    setBusy(mode);
    try {
      if (!sameValues(values, saved, fields)) {
        onSaved(await api.updateDraft(application.id, toUpdateBody(values, application.version, fields)));
      }
      if (mode === 'continue') navigate(stepPath(application.id, nextStep(step) ?? 'review'));
      else setNotice(t('savedForLater'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save('continue');
  };
  const conflict = error instanceof ApiError && error.code === 'version_conflict';
  const previous = previousStep(step);
  const relevant = warnings.filter((w) => step === 'category' || stepOf(w.field) === step);

  return (
    <form onSubmit={onSubmit} noValidate>
      {form.summary.length > 0 && <ErrorSummary items={form.summary} focusKey={form.attemptCount} />}
      {error !== undefined && (
        <ProblemAlert
          error={error}
          onRetry={conflict ? onConflict : undefined}
          retryLabel={t('reloadAfterConflict')}
        />
      )}
      <FocusedNotice message={notice} />
      {step === 'employer' && (
        <EmployerFields
          application={application}
          employer={employer}
          employersState={employersState}
          units={units}
          bind={bind}
        />
      )}
      {step === 'category' && <CategoryFields bind={bind} />}
      {step === 'worker' && <WorkerFields bind={bind} />}
      {step === 'job' && <JobFields bind={bind} values={values} region={application.region} />}
      <EarlyWarnings warnings={relevant} />
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={busy !== undefined || undefined}>
          {busy === 'continue' ? t('saving') : t('saveAndContinue')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => void save('later')}
          aria-disabled={busy !== undefined || undefined}
        >
          {busy === 'later' ? t('saving') : t('saveForLater')}
        </button>
      </div>
      {previous && (
        <p className="wizard-back">
          <Link to={stepPath(application.id, previous)}>{t('back')}</Link>
        </p>
      )}
    </form>
  );
}

/**
 * A "Change" link leads to a field as `#field-…`: focus it once the step is on screen. After the
 * router's own move of focus to <main> on a new page (a parent's effect runs after this one).
 */
function useFocusFromHash(step: StepKey) {
  useEffect(() => {
    const id = window.location.hash.slice(1);
    if (!id) return;
    const timer = window.setTimeout(() => {
      const el = document.getElementById(id);
      if (!el) return;
      const control = el.matches('input, select, textarea')
        ? el
        : el.querySelector<HTMLElement>('input, select, textarea');
      (control ?? el).focus();
      (control ?? el).scrollIntoView({ block: 'center' });
    }, 0);
    return () => window.clearTimeout(timer);
  }, [step]);
}
