import type { LegalClock } from '@loket/contracts';
import { worklistSettings } from '@loket/domain';
import { type Language, translate } from '@loket/i18n';
import { clockMessages } from './clock.messages.ts';
import { formatsFor } from './useFormat.ts';

/** Who reads the clock: the applicant holds the file while it is paused, an authority waits. */
export type ClockViewer = 'applicant' | 'authority';

const say = (
  language: Language,
  key: keyof (typeof clockMessages)['en'],
  params?: Record<string, string | number>,
) => translate(clockMessages, language, key, params);

/** The deadline's calendar day where the reader is. */
function deadlineDay(iso: string, language: Language): string {
  return formatsFor(language).day(iso);
}

function daysLeftText(days: number, language: Language): string {
  return days < 0
    ? say(language, 'daysOverdue', { count: -days })
    : say(language, 'daysLeft', { count: days });
}

/** The legal decision period in one line of words: the meaning never rests on a colour. */
export function clockText(clock: LegalClock, viewer: ClockViewer, language: Language = 'en'): string {
  if (clock.paused) {
    return say(language, viewer === 'applicant' ? 'pausedForApplicant' : 'pausedForAuthority');
  }
  return say(language, 'due', {
    date: deadlineDay(clock.deadline, language),
    left: daysLeftText(clock.daysLeft, language),
  });
}

/** How the deadline comes about: the legal period from submission, plus the days it was paused. */
export function clockDetail(clock: LegalClock, language: Language = 'en'): string {
  const paused = clock.pausedDays === 0 ? '' : say(language, 'pausedDays', { count: clock.pausedDays });
  const base = `${say(language, clock.extended ? 'periodExtended' : 'period', {
    days: clock.periodDays,
    date: deadlineDay(clock.startedAt, language),
  })}${paused}.`;
  return clock.paused ? `${base} ${say(language, 'standsStill')}` : base;
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

const statusKeys = {
  paused: 'statusPaused',
  overdue: 'statusOverdue',
  due_soon: 'statusDueSoon',
  on_time: 'statusOnTime',
} as const;

/** The status's word in a language (`clockStatusLook` holds the English one and the icon). */
export function clockStatusLabel(status: ClockStatus, language: Language = 'en'): string {
  return say(language, statusKeys[status]);
}

/** The deadline's day, as a person reads it; the machine-readable form goes in `<time dateTime>`. */
export function clockDeadlineDay(clock: LegalClock, language: Language = 'en'): string {
  return deadlineDay(clock.deadline, language);
}

/** The deadline in a few words for a list row: "Overdue: 3 Jan 2027, 2 days overdue", "Paused". */
export function clockShortText(clock: LegalClock, language: Language = 'en'): string {
  const status = clockStatus(clock);
  if (status === 'paused') return say(language, 'shortPaused');
  return `${clockStatusLabel(status, language)}: ${deadlineDay(clock.deadline, language)}, ${daysLeftText(clock.daysLeft, language)}`;
}
