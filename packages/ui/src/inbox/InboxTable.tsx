import type { InboxItem, LegalClock } from '@loket/contracts';
import { ClockBadge } from '../components/LegalClock.tsx';
import { StateBadge } from '../components/StateBadge.tsx';
import { formatDate, formatDateTime } from '../format.ts';
import { categoryLabels, countryName, provinceLabels, regionLabels } from '../labels.ts';
import { Link } from '../router.tsx';

/** The list row's deadline as the clock helpers read it (they need only these fields). */
export function clockOfItem(item: InboxItem): LegalClock | null {
  if (item.legalDeadline === null || item.daysLeft === null) return null;
  return {
    startedAt: item.submittedAt ?? item.legalDeadline,
    periodDays: 0,
    pausedDays: 0,
    paused: item.paused,
    deadline: item.legalDeadline,
    daysLeft: item.daysLeft,
    extended: item.extended,
  };
}

/** The legal deadline in words with an icon (never colour alone), or why there is none. */
export function DeadlineCell({ item }: { item: InboxItem }) {
  // Once the caller's part is decided, its deadline no longer concerns them (the other part's may run on).
  if (item.decidedAt) return <span>Decided on {formatDate(item.decidedAt.slice(0, 10))}</span>;
  const clock = clockOfItem(item);
  if (clock) {
    return (
      <>
        <ClockBadge clock={clock} />
        {item.extended && <span className="hint"> Extended by 30 days</span>}
      </>
    );
  }
  return <span className="muted">No running deadline</span>;
}

/** The service's own targets: the work service's hand-off date and the category's handling time. */
function Targets({ item }: { item: InboxItem }) {
  const lines = [
    item.handOffDueDate ? `Hand off by ${formatDate(item.handOffDueDate)}` : undefined,
    item.categoryTargetDate ? `Category target ${formatDate(item.categoryTargetDate)}` : undefined,
  ].filter((l) => l !== undefined);
  if (lines.length === 0) return <span className="muted">None</span>;
  return (
    <ul className="plain">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}

export interface RowActions {
  meId: string;
  busyId: string | undefined;
  onTake: (item: InboxItem) => void;
  onRelease: (item: InboxItem) => void;
  onAssign: (item: InboxItem) => void;
}

/**
 * The inbox as a table: a checkbox per row (named by the reference) for bulk changes, the
 * reference as the link to the case, the facts to pick the next file, and the row's own actions.
 */
export function InboxTable({
  items,
  caption,
  selected,
  onSelect,
  onSelectAll,
  actions,
}: {
  items: readonly InboxItem[];
  caption: string;
  selected: ReadonlySet<string>;
  onSelect: (id: string, on: boolean) => void;
  onSelectAll: (on: boolean) => void;
  actions: RowActions;
}) {
  const all = items.length > 0 && items.every((i) => selected.has(i.id));
  return (
    <div className="table-wrap">
      <table className="applications inbox-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td>
              <input
                type="checkbox"
                aria-label="Select all on this page"
                checked={all}
                onChange={(e) => onSelectAll(e.target.checked)}
              />
            </td>
            <th scope="col">Reference</th>
            <th scope="col">Worker</th>
            <th scope="col">Employer</th>
            <th scope="col">Category</th>
            <th scope="col">Place of employment</th>
            <th scope="col">Nationality</th>
            <th scope="col">State</th>
            <th scope="col">Assigned to</th>
            <th scope="col">Legal deadline</th>
            <th scope="col">Service targets</th>
            <th scope="col">Submitted</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => {
            const mine = a.assignee?.id === actions.meId;
            const busy = actions.busyId === a.id;
            return (
              <tr key={a.id} data-id={a.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Select ${a.reference}`}
                    checked={selected.has(a.id)}
                    onChange={(e) => onSelect(a.id, e.target.checked)}
                  />
                </td>
                <th scope="row">
                  <Link to={`/applications/${encodeURIComponent(a.id)}`}>{a.reference}</Link>
                </th>
                <td>{a.workerName ?? <span className="muted">Not given</span>}</td>
                <td>{a.employer.name}</td>
                <td>{a.category ? categoryLabels[a.category] : <span className="muted">Not chosen</span>}</td>
                <td>
                  {a.province ? (
                    provinceLabels[a.province]
                  ) : a.region ? (
                    regionLabels[a.region]
                  ) : (
                    <span className="muted">Not chosen</span>
                  )}
                </td>
                <td>
                  {a.nationality ? countryName(a.nationality) : <span className="muted">Not given</span>}
                </td>
                <td>
                  <StateBadge state={a.state} />
                </td>
                <td>
                  {a.assignee ? (
                    mine ? (
                      `${a.assignee.name} (you)`
                    ) : (
                      a.assignee.name
                    )
                  ) : (
                    <span className="muted">Nobody</span>
                  )}
                </td>
                <td>
                  <DeadlineCell item={a} />
                </td>
                <td>
                  <Targets item={a} />
                </td>
                <td>
                  {a.submittedAt ? (
                    formatDateTime(a.submittedAt)
                  ) : (
                    <span className="muted">Not submitted</span>
                  )}
                </td>
                <td>
                  <div className="row-actions">
                    {!mine && (
                      <button
                        type="button"
                        className="button small"
                        disabled={busy}
                        onClick={() => actions.onTake(a)}
                      >
                        Take<span className="visually-hidden"> {a.reference}</span>
                      </button>
                    )}
                    <button
                      type="button"
                      className="button secondary small"
                      disabled={busy}
                      onClick={() => actions.onAssign(a)}
                    >
                      Assign…<span className="visually-hidden"> {a.reference}</span>
                    </button>
                    {a.assignee && (
                      <button
                        type="button"
                        className="button secondary small"
                        disabled={busy}
                        onClick={() => actions.onRelease(a)}
                      >
                        Release<span className="visually-hidden"> {a.reference}</span>
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
