import type { LegalClock } from '@loket/contracts';
import { describe, expect, it } from 'vitest';
import { clockDetail, clockShortText, clockStatus, clockStatusLook, clockText } from './clock.ts';

// Deadlines at noon UTC: the same calendar day in every time zone the tests may run in.
const running: LegalClock = {
  startedAt: '2026-10-01T12:00:00.000Z',
  periodDays: 90,
  pausedDays: 0,
  paused: false,
  deadline: '2026-12-30T12:00:00.000Z',
  daysLeft: 42,
};

describe('legal clock in words', () => {
  it('gives the due date and the days left', () => {
    expect(clockText(running, 'applicant')).toBe('Decision due by 30 Dec 2026 (42 days left)');
    expect(clockText(running, 'authority')).toBe('Decision due by 30 Dec 2026 (42 days left)');
    expect(clockText({ ...running, daysLeft: 1 }, 'authority')).toContain('(1 day left)');
    expect(clockText({ ...running, daysLeft: 0 }, 'authority')).toContain('(less than a day left)');
    expect(clockText({ ...running, daysLeft: -1 }, 'authority')).toContain('(1 day overdue)');
    expect(clockText({ ...running, daysLeft: -5 }, 'authority')).toContain('(5 days overdue)');
  });

  it('says who the paused clock waits for, from the reader’s side', () => {
    const paused = { ...running, paused: true, pausedDays: 3 };
    expect(clockText(paused, 'applicant')).toBe('Clock paused: waiting for your answer');
    expect(clockText(paused, 'authority')).toBe('Clock paused: waiting for the applicant');
  });

  it('explains the deadline: the period, the start and the days paused', () => {
    expect(clockDetail(running)).toBe('The legal decision period is 90 days from submission on 1 Oct 2026.');
    expect(clockDetail({ ...running, pausedDays: 1 })).toContain(
      ', plus 1 day paused for supplement requests.',
    );
    expect(clockDetail({ ...running, periodDays: 120, extended: true })).toBe(
      'The legal decision period is 120 days (extended once) from submission on 1 Oct 2026.',
    );
    expect(clockDetail({ ...running, pausedDays: 4, paused: true })).toMatch(
      /plus 4 days paused .* It stands still while a supplement request is open/,
    );
  });
});

describe('where the deadline stands', () => {
  it('is paused, overdue, due soon or on time, in that order of precedence', () => {
    expect(clockStatus({ ...running, paused: true, daysLeft: -3 })).toBe('paused');
    expect(clockStatus({ ...running, daysLeft: -1 })).toBe('overdue');
    expect(clockStatus({ ...running, daysLeft: 0 })).toBe('due_soon');
    expect(clockStatus({ ...running, daysLeft: 14 })).toBe('due_soon');
    expect(clockStatus({ ...running, daysLeft: 15 })).toBe('on_time');
    expect(clockStatus({ ...running, daysLeft: 20 }, 30)).toBe('due_soon');
  });

  it('has a word and an icon for each status, never a colour alone', () => {
    for (const look of Object.values(clockStatusLook)) {
      expect(look.label).not.toBe('');
      expect(look.icon).not.toBe('');
    }
  });

  it('says it in a few words for a list row, with the date', () => {
    expect(clockShortText(running)).toBe('On time: 30 Dec 2026, 42 days left');
    expect(clockShortText({ ...running, daysLeft: 3 })).toBe('Due soon: 30 Dec 2026, 3 days left');
    expect(clockShortText({ ...running, daysLeft: -2 })).toBe('Overdue: 30 Dec 2026, 2 days overdue');
    expect(clockShortText({ ...running, paused: true })).toBe('Paused: waiting for the applicant');
  });
});

describe('the clock in the applicant’s language', () => {
  it('writes the date, the days and the pause in French, Dutch and German', () => {
    expect(clockText(running, 'applicant', 'fr')).toBe(
      'Décision attendue au plus tard le 30 déc. 2026 (encore 42 jours)',
    );
    expect(clockText({ ...running, daysLeft: -1 }, 'applicant', 'nl')).toContain('(1 dag te laat)');
    expect(clockText({ ...running, paused: true }, 'applicant', 'de')).toBe(
      'Frist ausgesetzt: Wir warten auf Ihre Antwort',
    );
    expect(clockDetail({ ...running, pausedDays: 2 }, 'fr')).toBe(
      'Le délai légal de décision est de 90 jours à compter de l’introduction le 1 oct. 2026, plus 2 jours de suspension pour des demandes de complément.',
    );
  });
});
