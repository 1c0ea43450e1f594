import { describe, expect, it } from 'vitest';
import { decisionPeriodOn, readClock } from './index.ts';

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
