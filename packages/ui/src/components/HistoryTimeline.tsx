import type { HistoryEntry } from '@loket/contracts';
import { formatDateTime } from '../format.ts';
import { actionLabel, roleLabel, stateLabels } from '../labels.ts';

/** Who did what, when, in which role, and why: oldest first, as a file is read. */
export function HistoryTimeline({ entries }: { entries: readonly HistoryEntry[] }) {
  if (entries.length === 0) return <p>No history yet.</p>;
  return (
    <ol className="timeline">
      {entries.map((e, i) => (
        <li key={`${i}:${e.at}`}>
          <p className="timeline-action">{actionLabel(e.action)}</p>
          <p className="muted">
            <time dateTime={e.at}>{formatDateTime(e.at)}</time> · {e.actorName} ({roleLabel(e.actorRole)})
          </p>
          {e.fromState && e.fromState !== e.toState ? (
            <p>
              {stateLabels[e.fromState]} <span aria-hidden="true">→</span>
              <span className="visually-hidden"> to </span> {stateLabels[e.toState]}
            </p>
          ) : (
            <p>State: {stateLabels[e.toState]}</p>
          )}
          {e.reason && <p className="reason">Reason: {e.reason}</p>}
        </li>
      ))}
    </ol>
  );
}
