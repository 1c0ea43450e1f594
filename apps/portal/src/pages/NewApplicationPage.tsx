import type { Employer } from '@loket/contracts';
import { useMessages } from '@loket/i18n/react';
import {
  ErrorSummary,
  fieldId,
  Link,
  Loading,
  navigate,
  ProblemAlert,
  SelectField,
  type SummaryItem,
  useApi,
  useAsync,
  useFormSubmit,
  useLocation,
  usePageTitle,
} from '@loket/ui';
import { type FormEvent, useState } from 'react';
import { languageOf } from '../draft.ts';
import { LanguageField, PlaceFacts, unitLabel } from '../wizard/StepFields.tsx';
import { StepIndicator } from '../wizard/StepIndicator.tsx';
import { stepKeys, stepPath } from '../wizard/steps.ts';
import { wizardMessages } from '../wizard/wizard.messages.ts';

type Field = '/employerId' | '/establishmentUnitId';

/**
 * Step 1 before there is a draft: the employer (an agent picks among those it acts for) and the
 * place of employment, which decides the region and so the service. Continuing creates the draft;
 * from then on every step has its own address.
 */
export function NewApplicationPage() {
  const t = useMessages(wizardMessages);
  const title = t('step_employer');
  usePageTitle(`${title} – ${t('newApplication')}`);
  const api = useApi();
  const employers = useAsync(() => api.listEmployers(), 'employers');

  return (
    <>
      <p>
        <Link to="/">{t('backToApplications')}</Link>
      </p>
      <StepIndicator applicationId={undefined} current="employer" statusOf={() => 'not_started'} />
      <p className="wizard-caption">
        {t('newApplication')} · {t('stepOf', { current: 1, total: stepKeys.length })}
      </p>
      <h1>{title}</h1>
      {employers.data ? (
        <NewApplicationForm employers={employers.data.items} />
      ) : employers.error !== undefined ? (
        <ProblemAlert error={employers.error} onRetry={() => void employers.reload()} />
      ) : (
        <Loading label={t('loadingEmployers')} />
      )}
    </>
  );
}

function NewApplicationForm({ employers }: { employers: readonly Employer[] }) {
  const t = useMessages(wizardMessages);
  const api = useApi();
  // An agent coming from one employer's applications (?employer=…) starts with that employer.
  const asked = useLocation().search.get('employer');
  const [employerId, setEmployerId] = useState(
    employers.length === 1 ? (employers[0]?.id ?? '') : (employers.find((e) => e.id === asked)?.id ?? ''),
  );
  const employer = employers.find((e) => e.id === employerId);
  const units = employer?.establishmentUnits ?? [];
  const [unitId, setUnitId] = useState(units.length === 1 ? (units[0]?.id ?? '') : '');
  const [language, setLanguage] = useState('');
  const [attempt, setAttempt] = useState(0);
  const { busy, apiError, run } = useFormSubmit();
  const unit = units.find((u) => u.id === unitId);

  const problems: Partial<Record<Field, string>> = {};
  if (!employerId) problems['/employerId'] = t('req_employer');
  if (!unitId) problems['/establishmentUnitId'] = t('req_establishmentUnitId');
  const shown = attempt > 0 ? problems : {};
  const summary: SummaryItem[] = (['/employerId', '/establishmentUnitId'] as const).flatMap((f) => {
    const message = shown[f];
    return message ? [{ message, target: fieldId(f) }] : [];
  });

  const chooseEmployer = (id: string) => {
    setEmployerId(id);
    const next = employers.find((e) => e.id === id)?.establishmentUnits ?? [];
    setUnitId(next.length === 1 ? (next[0]?.id ?? '') : '');
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setAttempt((n) => n + 1);
    if (Object.keys(problems).length > 0) return;
    const chosenLanguage = languageOf(language);
    void run(async () => {
      const draft = await api.createDraft({
        employerId,
        establishmentUnitId: unitId,
        ...(chosenLanguage ? { language: chosenLanguage } : {}),
      });
      // Back from step 2 returns to this step of the saved draft, not to an empty new form.
      navigate(stepPath(draft.id, 'employer'), { replace: true });
      navigate(stepPath(draft.id, 'category'));
    });
  };

  if (employers.length === 0) {
    return <p>{t('noEmployers')}</p>;
  }
  return (
    <form onSubmit={submit} noValidate>
      {summary.length > 0 && <ErrorSummary items={summary} focusKey={attempt} />}
      {apiError !== undefined && <ProblemAlert error={apiError} />}
      <p>{t('employerIntro')}</p>
      <SelectField
        id={fieldId('/employerId')}
        label={t('employer')}
        hint={employers.length > 1 ? t('employerHint') : undefined}
        error={shown['/employerId']}
        placeholder={t('chooseEmployer')}
        options={employers.map((e) => ({ value: e.id, label: `${e.name} (${e.enterpriseNumber})` }))}
        value={employerId}
        onChange={chooseEmployer}
      />
      <SelectField
        id={fieldId('/establishmentUnitId')}
        label={t('place')}
        hint={employer ? undefined : t('chooseEmployerFirst')}
        error={shown['/establishmentUnitId']}
        placeholder={t('choosePlace')}
        options={units.map((u) => ({ value: u.id, label: unitLabel(u) }))}
        value={unitId}
        onChange={setUnitId}
        disabled={!employer}
      />
      {employer && units.length === 0 && (
        <p className="alert alert-info">{t('noUnits', { employer: employer.name })}</p>
      )}
      <PlaceFacts unit={unit} />
      <LanguageField
        region={unit?.region}
        bound={{ value: language, error: undefined, onChange: setLanguage }}
      />
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? t('saving') : t('saveAndContinue')}
        </button>
      </div>
    </form>
  );
}
