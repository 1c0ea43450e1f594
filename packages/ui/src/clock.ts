import type { LegalClock } from '@loket/contracts';
import { worklistSettings } from '@loket/domain';

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
  const extended = clock.extended ? ' (extended once)' : '';
  const base = `The legal decision period is ${clock.periodDays} days${extended} from submission on ${deadlineDay(clock.startedAt)}${paused}.`;
  return clock.paused
    ? `${base} It stands still while a supplement request is open; the deadline moves by the days it stays open.`
    : base;
}

/** Where a deadline stands for the authority that has to decide. */
export type ClockStatus = 'paused' | 'overdue' | 'due_soon' | 'on_time';

/** Paused first (no deadline runs), then past the deadline, then within the inbox's "due soon" window. */
export function clockStatus(
  clock: LegalClock,
  dueSoonDays: number = worklistSettings.dueSoonDays,
): ClockStatus {
  if (clock.paused) return 'paused';
  if (clock.daysLeft < 0) return 'overdue';
  return clock.daysLeft <= dueSoonDays ? 'due_soon' : 'on_time';
}

/**
 * The status in a word and an icon: the word carries the meaning, the icon and a colour only
 * repeat it (WCAG 1.4.1), so the icon is hidden from screen readers.
 */
export const clockStatusLook: Record<ClockStatus, { label: string; icon: string }> = {
  paused: { label: 'Paused', icon: '❚❚' },
  overdue: { label: 'Overdue', icon: '⚠' },
  due_soon: { label: 'Due soon', icon: '◔' },
  on_time: { label: 'On time', icon: '◷' },
};

/** The deadline's day, as a person reads it; the machine-readable form goes in `<time dateTime>`. */
export function clockDeadlineDay(clock: LegalClock): string {
  return deadlineDay(clock.deadline);
}

/** The deadline in a few words for a list row: "Overdue: 3 Jan 2027, 2 days overdue", "Paused". */
export function clockShortText(clock: LegalClock): string {
  const status = clockStatus(clock);
  if (status === 'paused') return 'Paused: waiting for the applicant';
  return `${clockStatusLook[status].label}: ${deadlineDay(clock.deadline)}, ${daysLeftText(clock.daysLeft)}`;
}
