import type { LegalClock as Clock } from '@loket/contracts';
import { type ClockViewer, clockDetail, clockText } from '../clock.ts';

/**
 * The legal decision period of a submitted file, in words: when the decision is due, or that the
 * clock stands still while the applicant answers a supplement request. Nothing without a clock.
 */
export function LegalClock({ clock, viewer }: { clock: Clock | null; viewer: ClockViewer }) {
  if (!clock) return null;
  return (
    <div className={clock.paused ? 'legal-clock legal-clock-paused' : 'legal-clock'}>
      <p className="legal-clock-text">
        <span aria-hidden="true">{clock.paused ? '❚❚ ' : '◷ '}</span>
        {clockText(clock, viewer)}
      </p>
      <p className="hint">{clockDetail(clock)}</p>
    </div>
  );
}
