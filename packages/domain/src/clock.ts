import type { Category, Region } from './vocabulary.ts';

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

/** What the legal clock of one application is made of: its start, its pauses, and an extension. */
export interface LegalClockInput {
  /** The filing of the complete application (submission). */
  startedAt: Date;
  /** One per supplement request: from its creation to its answer (null while open). */
  pauses: readonly Pause[];
  /** Days added by the one extension allowed; 0 or absent when not extended. */
  extensionDays?: number | null;
}

/** The decision period in force on the filing date plus the extension, if granted: the one rule. */
export function readLegalClock(input: LegalClockInput, now: Date): ClockReading {
  const period = decisionPeriodOn(input.startedAt).days + (input.extensionDays ?? 0);
  return readClock(input.startedAt, input.pauses, now, period);
}

/** How many days the one extension adds to a file filed on `startedAt` (the period in force then). */
export function extensionDaysFor(startedAt: Date): number {
  return decisionPeriodOn(startedAt).extensionDays;
}

/**
 * The clock as the database stores it, so that inbox queries can filter and sort on it: the
 * deadline counting every closed pause (an open pause counts from its start: zero days so far),
 * and since when the clock stands still, if it does. Written in the same transaction as every
 * change that moves the clock; the inbox shows the live reading (`readLegalClock`).
 */
export function storedClock(input: LegalClockInput): { deadline: Date; pausedSince: Date | null } {
  const open = input.pauses.filter((p) => p.to === null);
  const pausedSince = open.length > 0 ? new Date(Math.min(...open.map((p) => p.from.getTime()))) : null;
  const closed = input.pauses.filter((p): p is { from: Date; to: Date } => p.to !== null);
  // Every pause is closed, so `now` plays no part in the deadline.
  const reading = readLegalClock({ ...input, pauses: closed }, input.startedAt);
  return { deadline: reading.deadline, pausedSince };
}

/** A dated number of days (a practice or target that changes over time). */
export interface DatedDays {
  validFrom: string;
  days: number;
  source: string;
}

/**
 * The region's hand-off target: once it has declared the file admissible, the work service
 * decides the work part and passes the file to the federal service within this many days.
 */
export const handOffPeriods: readonly DatedDays[] = [
  {
    validFrom: '2019-01-01',
    days: 15,
    source:
      'Belgian practice under the single permit (in force 1 January 2019): the region forwards the file to the Immigration Office within 15 days of admissibility',
  },
];

function inForceOn<T extends { validFrom: string }>(list: readonly T[], date: Date): T | undefined {
  const iso = date.toISOString().slice(0, 10);
  return [...list]
    .filter((p) => p.validFrom <= iso)
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
}

/** The date the work service should hand the file over, for a file declared admissible at `admissibleAt`. */
export function handOffDueDate(
  admissibleAt: Date,
  periods: readonly DatedDays[] = handOffPeriods,
): Date | null {
  const period = inForceOn(periods, admissibleAt);
  return period ? new Date(admissibleAt.getTime() + period.days * day) : null;
}

/** Published handling times of one region's work service per category, from a date on. */
export interface CategoryTargetSet {
  region: Region;
  validFrom: string;
  source: string;
  weeks: Record<Category, number>;
}

export const categoryTargetSets: readonly CategoryTargetSet[] = [
  {
    region: 'flanders',
    validFrom: '2023-01-01',
    source:
      'Departement Werk en Sociale Economie, Economische Migratie: published handling times 2023 (highly qualified and EU Blue Card 6 weeks, shortage occupation 9 weeks, other 3 weeks)',
    weeks: {
      highly_qualified: 6,
      eu_blue_card: 6,
      shortage_occupation: 9,
      executive: 3,
      researcher: 3,
      athlete: 3,
      performing_artist: 3,
      internship: 3,
      vocational_training: 3,
      au_pair: 3,
      trainee: 3,
      other: 3,
    },
  },
];

/**
 * The target handling time, in days, that the region published for a category, for a file filed
 * on `filedAt`; undefined where no target was published (other regions, earlier years).
 */
export function categoryTargetDays(
  region: Region,
  category: Category,
  filedAt: Date,
  sets: readonly CategoryTargetSet[] = categoryTargetSets,
): number | undefined {
  const set = inForceOn(
    sets.filter((s) => s.region === region),
    filedAt,
  );
  return set ? set.weeks[category] * 7 : undefined;
}

/**
 * The category target date: the start plus the target, paused like the legal clock while the
 * applicant holds the file (the same rule, `readClock`, with the target as the period).
 */
export function categoryTargetDate(
  input: LegalClockInput & { region: Region; category: Category },
  now: Date,
): Date | null {
  const days = categoryTargetDays(input.region, input.category, input.startedAt);
  return days === undefined ? null : readClock(input.startedAt, input.pauses, now, days).deadline;
}
