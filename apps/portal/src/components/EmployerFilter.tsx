import { useMessages } from '@loket/i18n/react';
import { useApi, useAsync, useLocation } from '@loket/ui';
import { useId } from 'react';
import { employerFilterMessages } from './employerFilter.messages.ts';

/**
 * The employers the signed-in applicant acts for, and the one chosen in the address (?employer=,
 * empty for all). Only an agent for several employers has a choice to make (`several`).
 */
export function useEmployerChoice() {
  const api = useApi();
  const { search } = useLocation();
  const employers = useAsync(() => api.listEmployers(), 'employers');
  const items = employers.data?.items ?? [];
  return { employers, items, several: items.length > 1, employerId: search.get('employer') ?? '' };
}

/** A list's filter by employer: one of the applicant's employers, or all of them (empty value). */
export function EmployerFilter({
  employers,
  value,
  onChange,
  hint,
}: {
  employers: readonly { id: string; name: string }[];
  value: string;
  onChange: (employerId: string) => void;
  hint?: string;
}) {
  const t = useMessages(employerFilterMessages);
  const id = useId();
  const hintId = useId();
  return (
    <div className="field inline">
      <label htmlFor={id}>{t('employer')}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <select
        id={id}
        aria-describedby={hint ? hintId : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('allEmployers')}</option>
        {employers.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name}
          </option>
        ))}
      </select>
    </div>
  );
}
