import { describe, expect, it } from 'vitest';
import {
  categoryTargetDate,
  categoryTargetDays,
  decisionPeriodOn,
  extensionDaysFor,
  handOffDueDate,
  type Pause,
  readClock,
  readLegalClock,
  storedClock,
} from './index.ts';

const d = (iso: string) => new Date(`${iso}T09:00:00Z`);

describe('the legal clock', () => {
  it('runs 90 days from filing under the recast directive, four months before it', () => {
    expect(decisionPeriodOn(d('2026-06-01')).days).toBe(90);
    expect(decisionPeriodOn(d('2025-06-01')).days).toBe(120);
    const clock = readClock(d('2026-06-01'), [], d('2026-06-11'));
    expect(clock.deadline.toISOString().slice(0, 10)).toBe('2026-08-30');
    expect(clock.daysLeft).toBe(80);
    expect(clock.paused).toBe(false);
  });

  it('stops while a supplement request is open and moves the deadline by the days it lasted', () => {
    const start = d('2026-06-01');
    const closed = readClock(start, [{ from: d('2026-06-10'), to: d('2026-06-24') }], d('2026-07-01'));
    expect(closed.pausedDays).toBe(14);
    expect(closed.deadline.toISOString().slice(0, 10)).toBe('2026-09-13');
    const open = readClock(start, [{ from: d('2026-06-10'), to: null }], d('2026-06-20'));
    expect(open.paused).toBe(true);
    expect(open.pausedDays).toBe(10);
    // While paused, the days left do not run down.
    const later = readClock(start, [{ from: d('2026-06-10'), to: null }], d('2026-06-30'));
    expect(later.daysLeft).toBe(open.daysLeft);
  });

  it('adds several pauses and shows an overdue file as negative days left', () => {
    const clock = readClock(
      d('2026-06-01'),
      [
        { from: d('2026-06-02'), to: d('2026-06-05') },
        { from: d('2026-07-01'), to: d('2026-07-03') },
      ],
      d('2026-10-01'),
    );
    expect(clock.pausedDays).toBe(5);
    expect(clock.deadline.toISOString().slice(0, 10)).toBe('2026-09-04');
    expect(clock.daysLeft).toBeLessThan(0);
  });
});

describe('the legal clock with its extension, as stored, and the targets', () => {
  const start = d('2026-06-01');

  it('adds the extension days of the period in force on the filing date', () => {
    expect(extensionDaysFor(start)).toBe(30);
    const plain = readLegalClock({ startedAt: start, pauses: [] }, d('2026-06-11'));
    const extended = readLegalClock({ startedAt: start, pauses: [], extensionDays: 30 }, d('2026-06-11'));
    expect(extended.deadline.getTime() - plain.deadline.getTime()).toBe(30 * 86_400_000);
    expect(extended.periodDays).toBe(120);
  });

  it('stores the deadline without the open pause, and since when the clock stands still', () => {
    const pauses = [
      { from: d('2026-06-02'), to: d('2026-06-05') },
      { from: d('2026-06-20'), to: null },
    ];
    const stored = storedClock({ startedAt: start, pauses });
    expect(stored.pausedSince?.toISOString()).toBe(d('2026-06-20').toISOString());
    // The live reading at the moment the pause started equals what is stored.
    expect(readLegalClock({ startedAt: start, pauses }, d('2026-06-20')).deadline).toEqual(stored.deadline);
    const answered = storedClock({
      startedAt: start,
      pauses: [pauses[0], { from: d('2026-06-20'), to: d('2026-06-30') }] as Pause[],
    });
    expect(answered.pausedSince).toBeNull();
    expect(answered.deadline.getTime() - stored.deadline.getTime()).toBe(10 * 86_400_000);
  });

  it('gives the hand-off date 15 days after admissibility', () => {
    expect(handOffDueDate(d('2026-07-01'))?.toISOString().slice(0, 10)).toBe('2026-07-16');
    expect(handOffDueDate(d('2018-07-01'))).toBeNull();
  });

  it('knows the Flemish category targets from 2023 on, and none elsewhere', () => {
    expect(categoryTargetDays('flanders', 'eu_blue_card', d('2024-01-10'))).toBe(42);
    expect(categoryTargetDays('flanders', 'highly_qualified', d('2024-01-10'))).toBe(42);
    expect(categoryTargetDays('flanders', 'shortage_occupation', d('2024-01-10'))).toBe(63);
    expect(categoryTargetDays('flanders', 'au_pair', d('2024-01-10'))).toBe(21);
    expect(categoryTargetDays('flanders', 'au_pair', d('2022-01-10'))).toBeUndefined();
    expect(categoryTargetDays('wallonia', 'au_pair', d('2024-01-10'))).toBeUndefined();
    const target = categoryTargetDate(
      {
        startedAt: d('2024-01-10'),
        pauses: [{ from: d('2024-01-12'), to: d('2024-01-19') }],
        region: 'flanders',
        category: 'au_pair',
      },
      d('2024-02-01'),
    );
    expect(target?.toISOString().slice(0, 10)).toBe('2024-02-07');
  });
});
