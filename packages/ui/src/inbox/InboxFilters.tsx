import { type InboxSort, inboxSorts, type Member } from '@loket/contracts';
import {
  type ApplicationState,
  type Category,
  categories,
  type Part,
  type Province,
  partStates,
  provinces,
  terminalStates,
} from '@loket/domain';
import { type FormEvent, type ReactNode, useEffect, useId, useState } from 'react';
import { categoryLabels, inboxSortLabels, provinceLabels, stateLabels } from '../labels.ts';
import { defaultSortFor, hasFilters, type InboxView, validSearch } from './query.ts';

/** The states a service's list can show: its open states, then the ends a file can reach. */
export function statesFor(part: Part): ApplicationState[] {
  const later: ApplicationState[] =
    part === 'work' ? ['residence_review', 'residence_supplement_requested'] : ['work_review'];
  return [...new Set([...partStates[part].open, ...later, ...terminalStates])];
}

interface Draft {
  q: string;
  category: string;
  province: string;
  state: string;
  nationality: string;
  deadlineFrom: string;
  deadlineTo: string;
  assignee: string;
  sort: string;
}

const draftOf = (v: InboxView): Draft => ({
  q: v.q ?? '',
  category: v.category?.[0] ?? '',
  province: v.province?.[0] ?? '',
  state: v.state?.[0] ?? '',
  nationality: v.nationality?.[0] ?? '',
  deadlineFrom: v.deadlineFrom ?? '',
  deadlineTo: v.deadlineTo ?? '',
  assignee: v.assignee ?? '',
  sort: v.sort ?? defaultSortFor(v.worklist),
});

/**
 * The filters and the order, as an ordinary form: nothing changes until "Apply filters", and the
 * result goes to the address bar (so the list can be linked and saved). Each control has its label.
 */
export function InboxFilters({
  part,
  view,
  team,
  onApply,
}: {
  part: Part;
  view: InboxView;
  team: readonly Member[] | undefined;
  onApply: (next: InboxView) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(view));
  const [qError, setQError] = useState<string>();
  const [rangeError, setRangeError] = useState<string>();
  const viewSignature = JSON.stringify(view);
  // A new address (a worklist link, a saved view, back/forward) shows in the form.
  useEffect(() => {
    setDraft(draftOf(JSON.parse(viewSignature) as InboxView));
    setQError(undefined);
    setRangeError(undefined);
  }, [viewSignature]);
  const [open, setOpen] = useState(hasFilters(view));

  const set = (k: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [k]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const q = draft.q.trim();
    const badQ = q !== '' && !validSearch(q);
    const badRange =
      draft.deadlineFrom !== '' && draft.deadlineTo !== '' && draft.deadlineFrom > draft.deadlineTo;
    setQError(badQ ? 'Type at least one word of three characters or more.' : undefined);
    setRangeError(
      badRange ? 'The “Deadline to” day must be on or after the “Deadline from” day.' : undefined,
    );
    if (badQ || badRange) return;
    const nationality = draft.nationality.trim().toUpperCase();
    const next: InboxView = { worklist: view.worklist, sort: draft.sort as InboxSort };
    if (q) next.q = q;
    if (draft.category) next.category = [draft.category as Category];
    if (draft.province) next.province = [draft.province as Province];
    if (draft.state) next.state = [draft.state as ApplicationState];
    if (/^[A-Z]{2}$/.test(nationality)) next.nationality = [nationality];
    if (draft.deadlineFrom) next.deadlineFrom = draft.deadlineFrom;
    if (draft.deadlineTo) next.deadlineTo = draft.deadlineTo;
    if (draft.assignee) next.assignee = draft.assignee;
    onApply(next);
  };
  const clear = () => {
    const next: InboxView = { worklist: view.worklist, sort: view.sort };
    // The form empties even when the address does not change (nothing was applied yet).
    setDraft(draftOf(next));
    setQError(undefined);
    setRangeError(undefined);
    onApply(next);
  };

  const f = (name: string) => `${id}-${name}`;
  return (
    <details
      className="inbox-filters"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>Filters and order{hasFilters(view) ? ' (filters applied)' : ''}</summary>
      <form aria-label="Filters" onSubmit={submit} noValidate>
        <div className="filter-grid">
          <div className={qError ? 'field field-invalid' : 'field'}>
            <label htmlFor={f('q')}>Search</label>
            <p className="hint" id={f('q-hint')}>
              Reference, employer or worker name (words of three characters or more)
            </p>
            {qError && (
              <p className="field-error" id={f('q-error')}>
                <span className="visually-hidden">Error: </span>
                {qError}
              </p>
            )}
            <input
              id={f('q')}
              type="search"
              value={draft.q}
              maxLength={100}
              aria-describedby={qError ? `${f('q-hint')} ${f('q-error')}` : f('q-hint')}
              aria-invalid={qError ? true : undefined}
              onChange={(e) => set('q')(e.target.value)}
            />
          </div>
          <Select
            id={f('category')}
            label="Category"
            value={draft.category}
            onChange={set('category')}
            any="Any category"
          >
            {categories.map((c) => (
              <option key={c} value={c}>
                {categoryLabels[c]}
              </option>
            ))}
          </Select>
          <Select
            id={f('province')}
            label="Province"
            value={draft.province}
            onChange={set('province')}
            any="Any province"
          >
            {provinces.map((p) => (
              <option key={p} value={p}>
                {provinceLabels[p]}
              </option>
            ))}
          </Select>
          <Select id={f('state')} label="State" value={draft.state} onChange={set('state')} any="Any state">
            {statesFor(part).map((s) => (
              <option key={s} value={s}>
                {stateLabels[s]}
              </option>
            ))}
          </Select>
          <div className="field">
            <label htmlFor={f('nationality')}>Nationality</label>
            <p className="hint" id={f('nationality-hint')}>
              Two-letter country code, e.g. IN for India
            </p>
            <input
              id={f('nationality')}
              value={draft.nationality}
              maxLength={2}
              autoCapitalize="characters"
              spellCheck={false}
              aria-describedby={f('nationality-hint')}
              onChange={(e) => set('nationality')(e.target.value)}
            />
          </div>
          <Select
            id={f('assignee')}
            label="Assigned to"
            value={draft.assignee}
            onChange={set('assignee')}
            any="Anyone or nobody"
          >
            <option value="me">Me</option>
            <option value="none">Nobody</option>
            {(team ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </Select>
          <fieldset
            className={rangeError ? 'field field-invalid' : 'field'}
            aria-describedby={rangeError ? f('range-error') : undefined}
          >
            <legend>Legal deadline between</legend>
            {rangeError && (
              <p className="field-error" id={f('range-error')}>
                <span className="visually-hidden">Error: </span>
                {rangeError}
              </p>
            )}
            <div className="date-range">
              <div className="field">
                <label htmlFor={f('from')}>Deadline from</label>
                <input
                  id={f('from')}
                  type="date"
                  value={draft.deadlineFrom}
                  onChange={(e) => set('deadlineFrom')(e.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor={f('to')}>Deadline to</label>
                <input
                  id={f('to')}
                  type="date"
                  value={draft.deadlineTo}
                  onChange={(e) => set('deadlineTo')(e.target.value)}
                />
              </div>
            </div>
          </fieldset>
          <Select id={f('sort')} label="Sort by" value={draft.sort} onChange={set('sort')}>
            {inboxSorts.map((s) => (
              <option key={s} value={s}>
                {inboxSortLabels[s]}
              </option>
            ))}
          </Select>
        </div>
        <div className="button-row">
          <button type="submit" className="button">
            Apply filters
          </button>
          <button type="button" className="button secondary" onClick={clear}>
            Clear filters
          </button>
        </div>
      </form>
    </details>
  );
}

function Select({
  id,
  label,
  value,
  onChange,
  any,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  any?: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {any !== undefined && <option value="">{any}</option>}
        {children}
      </select>
    </div>
  );
}
