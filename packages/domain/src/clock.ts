/**
 * The legal decision period: from the filed application to the decision, paused while a
 * supplement request is open (the applicant holds the file then). Periods are dated reference
 * data: the recast directive shortened four months to 90 days.
 */
export interface DecisionPeriod {
  validFrom: string;
  days: number;
  /** The one extension allowed in exceptional, motivated cases. */
  extensionDays: number;
  source: string;
}

export const decisionPeriods: readonly DecisionPeriod[] = [
  {
    validFrom: '2011-12-24',
    days: 120,
    extensionDays: 30,
    source: 'Directive 2011/98/EU art. 5(2): four months, extendable in exceptional circumstances',
  },
  {
    validFrom: '2026-05-21',
    days: 90,
    extensionDays: 30,
    source: 'Directive (EU) 2024/1233 art. 11(2): 90 days, +30 in exceptional duly justified cases',
  },
];

export interface Pause {
  from: Date;
  /** null while the pause lasts (an open supplement request). */
  to: Date | null;
}

export interface ClockReading {
  startedAt: Date;
  periodDays: number;
  pausedDays: number;
  paused: boolean;
  deadline: Date;
  /** Whole days left until the deadline (negative when overdue), counted from `now`. */
  daysLeft: number;
}

const day = 86_400_000;

export function decisionPeriodOn(
  date: Date,
  periods: readonly DecisionPeriod[] = decisionPeriods,
): DecisionPeriod {
  const iso = date.toISOString().slice(0, 10);
  const inForce = [...periods]
    .filter((p) => p.validFrom <= iso)
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  const period = inForce[0];
  if (!period) throw new RangeError(`No decision period in force on ${iso}`);
  return period;
}

/**
 * Reads the clock at `now`: the deadline is the start plus the period plus every day spent in a
 * pause; an open pause keeps pushing the deadline until it closes. Pauses are counted in
 * milliseconds and shown in whole days (rounded up, so the applicant never loses a started day).
 */
export function readClock(
  startedAt: Date,
  pauses: readonly Pause[],
  now: Date,
  periodDays?: number,
): ClockReading {
  const days = periodDays ?? decisionPeriodOn(startedAt).days;
  let pausedMs = 0;
  let paused = false;
  for (const p of pauses) {
    const end = p.to ?? now;
    if (!p.to) paused = true;
    pausedMs += Math.max(0, end.getTime() - Math.max(p.from.getTime(), startedAt.getTime()));
  }
  const pausedDays = Math.ceil(pausedMs / day);
  const deadline = new Date(startedAt.getTime() + (days + pausedDays) * day);
  return {
    startedAt,
    periodDays: days,
    pausedDays,
    paused,
    deadline,
    daysLeft: Math.floor((deadline.getTime() - now.getTime()) / day),
  };
}
