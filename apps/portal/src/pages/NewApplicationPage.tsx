import type { Employer } from '@loket/contracts';
import {
  ErrorSummary,
  Field,
  fieldId,
  Link,
  Loading,
  navigate,
  ProblemAlert,
  provinceLabels,
  regionLabels,
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
        <Field id={fieldId('/employerId')} label="Employer" error={errors['/employerId']}>
          {(c) => (
            <select {...c} value={employerId} onChange={(e) => chooseEmployer(e.target.value)}>
              <option value="">Choose the employer</option>
              {employers.map((e) => (
                <option key={e.id} value={e.id}>
                  {`${e.name} (${e.enterpriseNumber})`}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={fieldId('/establishmentUnitId')}
          label="Place of employment"
          hint={employer ? undefined : 'Choose the employer first.'}
          error={errors['/establishmentUnitId']}
        >
          {(c) => (
            <select {...c} value={unitId} onChange={(e) => setUnitId(e.target.value)} disabled={!employer}>
              <option value="">Choose the place of employment</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {`${u.name}, ${u.street}, ${u.postalCode} ${u.municipality} (${regionLabels[u.region]}, ${provinceLabels[u.province]})`}
                </option>
              ))}
            </select>
          )}
        </Field>
        {employer && units.length === 0 && (
          <p className="alert alert-info">
            {employer.name} has no establishment unit registered, so no place of employment can be chosen.
          </p>
        )}
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Creating…' : 'Create draft'}
        </button>
      </form>
    </>
  );
}
