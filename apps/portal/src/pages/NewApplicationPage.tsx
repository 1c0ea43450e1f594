import type { Employer } from '@loket/contracts';
import {
  ErrorSummary,
  fieldId,
  Link,
  Loading,
  navigate,
  ProblemAlert,
  provinceLabels,
  regionLabels,
  SelectField,
  SubmitButton,
  summaryItems,
  useApi,
  useAsync,
  useFormSubmit,
  usePageTitle,
} from '@loket/ui';
import { type FormEvent, useState } from 'react';

type Errors = Partial<Record<'/employerId' | '/establishmentUnitId', string>>;

/** Starts a draft: the employer and the place of employment come first, as they decide who handles it. */
export function NewApplicationPage() {
  usePageTitle('New application');
  const api = useApi();
  const employers = useAsync(() => api.listEmployers(), 'employers');

  if (!employers.data) {
    return (
      <>
        <h1>New application</h1>
        {employers.error !== undefined ? (
          <ProblemAlert error={employers.error} onRetry={() => void employers.reload()} />
        ) : (
          <Loading label="Loading your employers…" />
        )}
      </>
    );
  }
  return <NewApplicationForm employers={employers.data.items} />;
}

function NewApplicationForm({ employers }: { employers: readonly Employer[] }) {
  const api = useApi();
  const [employerId, setEmployerId] = useState(employers.length === 1 ? (employers[0]?.id ?? '') : '');
  const employer = employers.find((e) => e.id === employerId);
  const units = employer?.establishmentUnits ?? [];
  const [unitId, setUnitId] = useState(units.length === 1 ? (units[0]?.id ?? '') : '');
  const [errors, setErrors] = useState<Errors>({});
  const { busy, apiError, run } = useFormSubmit();

  const chooseEmployer = (id: string) => {
    setEmployerId(id);
    const next = employers.find((e) => e.id === id)?.establishmentUnits ?? [];
    setUnitId(next.length === 1 ? (next[0]?.id ?? '') : '');
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: Errors = {};
    if (!employerId) next['/employerId'] = 'Choose the employer you apply for.';
    if (!unitId) next['/establishmentUnitId'] = 'Choose the place where the worker will work.';
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    void run(async () => {
      const draft = await api.createDraft({ employerId, establishmentUnitId: unitId });
      navigate(`/applications/${encodeURIComponent(draft.id)}`);
    });
  };

  if (employers.length === 0) {
    return (
      <>
        <h1>New application</h1>
        <p>
          Your account does not act for any employer yet, so you cannot start an application. Ask the employer
          to mandate you, then come back.
        </p>
        <p>
          <Link to="/">Back to my applications</Link>
        </p>
      </>
    );
  }

  const items = summaryItems(errors, ['/employerId', '/establishmentUnitId'], fieldId);
  return (
    <>
      <p>
        <Link to="/">Back to my applications</Link>
      </p>
      <h1>New application</h1>
      <p>
        Choose the employer and the place of employment first. The place of employment decides which regional
        work service handles the application. You fill in the rest in the draft.
      </p>
      <form onSubmit={submit} noValidate>
        {items.length > 0 && <ErrorSummary items={items} />}
        {apiError !== undefined && <ProblemAlert error={apiError} />}
        <SelectField
          id={fieldId('/employerId')}
          label="Employer"
          error={errors['/employerId']}
          placeholder="Choose the employer"
          options={employers.map((e) => ({ value: e.id, label: `${e.name} (${e.enterpriseNumber})` }))}
          value={employerId}
          onChange={chooseEmployer}
        />
        <SelectField
          id={fieldId('/establishmentUnitId')}
          label="Place of employment"
          hint={employer ? undefined : 'Choose the employer first.'}
          error={errors['/establishmentUnitId']}
          placeholder="Choose the place of employment"
          options={units.map((u) => ({
            value: u.id,
            label: `${u.name}, ${u.street}, ${u.postalCode} ${u.municipality} (${regionLabels[u.region]}, ${provinceLabels[u.province]})`,
          }))}
          value={unitId}
          onChange={setUnitId}
          disabled={!employer}
        />
        {employer && units.length === 0 && (
          <p className="alert alert-info">
            {employer.name} has no establishment unit registered, so no place of employment can be chosen.
          </p>
        )}
        <SubmitButton busy={busy} busyLabel="Creating…">
          Create draft
        </SubmitButton>
      </form>
    </>
  );
}
