import type { LegalClock as Clock } from '@loket/contracts';
import { useI18n } from '@loket/i18n/react';
import {
  type ClockViewer,
  clockDetail,
  clockShortText,
  clockStatus,
  clockStatusLabel,
  clockStatusLook,
  clockText,
} from '../clock.ts';

/**
 * The legal decision period of a submitted file, in words: when the decision is due, or that the
 * clock stands still while the applicant answers a supplement request. Nothing without a clock.
 * An authority also reads where the deadline stands (on time, due soon, overdue) as a word and an
 * icon; the frame's colour and style only repeat it.
 */
export function LegalClock({ clock, viewer }: { clock: Clock | null; viewer: ClockViewer }) {
  const { language } = useI18n();
  if (!clock) return null;
  const status = clockStatus(clock);
  const look = clockStatusLook[status];
  const authority = viewer === 'authority';
  const icon = authority ? look.icon : clock.paused ? '❚❚' : '◷';
  return (
    <div
      className={`legal-clock legal-clock-${status.replace('_', '-')}${clock.paused ? ' legal-clock-paused' : ''}`}
      data-clock-status={status}
    >
      <p className="legal-clock-text">
        <span className="clock-icon" aria-hidden="true">
          {icon}{' '}
        </span>
        {authority && !clock.paused && (
          <span className="clock-status">{clockStatusLabel(status, language)}: </span>
        )}
        {clockText(clock, viewer, language)}
      </p>
      <p className="hint">{clockDetail(clock, language)}</p>
    </div>
  );
}

/**
 * The deadline in one short badge for a list row: icon, status word and date
 * ("Due soon: 12 Jan 2027, 5 days left"). Nothing without a clock.
 */
export function ClockBadge({ clock }: { clock: Clock | null | undefined }) {
  const { language } = useI18n();
  if (!clock) return null;
  const status = clockStatus(clock);
  const tone = { paused: 'neutral', overdue: 'danger', due_soon: 'action', on_time: 'info' }[status];
  return (
    <span className={`badge badge-${tone} clock-badge`} data-clock-status={status}>
      <span className="badge-icon" aria-hidden="true">
        {clockStatusLook[status].icon}
      </span>
      {clockShortText(clock, language)}
    </span>
  );
}
