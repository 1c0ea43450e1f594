import type { HistoryEntry } from '@loket/contracts';
import { useMessages } from '@loket/i18n/react';
import { useFormat } from '../useFormat.ts';
import { useLabels } from '../useLabels.ts';
import { historyMessages } from './history.messages.ts';

/** Who did what, when, in which role, and why: oldest first, as a file is read. */
export function HistoryTimeline({ entries }: { entries: readonly HistoryEntry[] }) {
  const t = useMessages(historyMessages);
  const labels = useLabels();
  const { dateTime } = useFormat();
  if (entries.length === 0) return <p>{t('none')}</p>;
  return (
    <ol className="timeline">
      {entries.map((e, i) => (
        <li key={`${i}:${e.at}`}>
          <p className="timeline-action">{labels.action(e.action)}</p>
          <p className="muted">
            <time dateTime={e.at}>{dateTime(e.at)}</time> · {e.actorName} ({labels.role(e.actorRole)})
          </p>
          {e.fromState && e.fromState !== e.toState ? (
            <p>
              {labels.state[e.fromState]} <span aria-hidden="true">→</span>
              <span className="visually-hidden">{t('to')}</span> {labels.state[e.toState]}
            </p>
          ) : (
            <p>{t('state', { state: labels.state[e.toState] })}</p>
          )}
          {e.reason && <p className="reason">{t('reason', { reason: e.reason })}</p>}
        </li>
      ))}
    </ol>
  );
}
