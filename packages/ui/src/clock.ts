import type { LegalClock } from '@loket/contracts';

/** Who reads the clock: the applicant holds the file while it is paused, an authority waits. */
export type ClockViewer = 'applicant' | 'authority';

const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });

/** The deadline's calendar day where the reader is. */
function deadlineDay(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : day.format(d);
}

function daysLeftText(days: number): string {
  if (days > 1) return `${days} days left`;
  if (days === 1) return '1 day left';
  if (days === 0) return 'less than a day left';
  return days === -1 ? '1 day overdue' : `${-days} days overdue`;
}

/** The legal decision period in one line of words: the meaning never rests on a colour. */
export function clockText(clock: LegalClock, viewer: ClockViewer): string {
  if (clock.paused) {
    return `Clock paused: waiting for ${viewer === 'applicant' ? 'your answer' : 'the applicant'}`;
  }
  return `Decision due by ${deadlineDay(clock.deadline)} (${daysLeftText(clock.daysLeft)})`;
}

/** How the deadline comes about: the legal period from submission, plus the days it was paused. */
export function clockDetail(clock: LegalClock): string {
  const paused =
    clock.pausedDays === 0
      ? ''
      : `, plus ${clock.pausedDays} ${clock.pausedDays === 1 ? 'day' : 'days'} paused for supplement requests`;
  const base = `The legal decision period is ${clock.periodDays} days from submission on ${deadlineDay(clock.startedAt)}${paused}.`;
  return clock.paused
    ? `${base} It stands still while a supplement request is open; the deadline moves by the days it stays open.`
    : base;
}
