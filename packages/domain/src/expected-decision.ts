import type { Pause } from './clock.ts';

/**
 * When the applicant may expect a decision on an open part, from how long that part has recently
 * taken: the median of the part's handling days (time spent waiting for the applicant left out)
 * over the decisions of the last `windowDays`, for the same category (and, for the work part,
 * the same region). A median of a handful of files says little, so below `minimumCases` the
 * answer is the legal deadline instead, and says so. Working agreements, not legal figures.
 */
export const throughputSettings = { windowDays: 365, minimumCases: 20 } as const;

/** What recent decisions of a part took: the median handling days and how many decisions. */
export interface Throughput {
  medianDays: number;
  cases: number;
}

export const expectedDecisionBases = ['throughput', 'legal_deadline'] as const;
export type ExpectedDecisionBasis = (typeof expectedDecisionBases)[number];

export interface ExpectedDecision {
  date: Date;
  basis: ExpectedDecisionBasis;
  /** The median used (basis throughput), else null. */
  medianDays: number | null;
  /** Decisions in the window the median was taken over (also when too few to use). */
  cases: number;
}

const day = 86_400_000;

/**
 * The expected decision date of a part that started at `startedAt`: the start plus the median
 * plus every day this file has spent with the applicant since (an open request keeps pushing it,
 * as it does the legal clock). Falls back to the legal deadline with too few recent decisions;
 * null when there is neither.
 */
export function expectedDecision(
  input: {
    startedAt: Date;
    pauses: readonly Pause[];
    legalDeadline: Date | null;
    throughput: Throughput | null;
    now: Date;
  },
  settings: { minimumCases: number } = throughputSettings,
): ExpectedDecision | null {
  const cases = input.throughput?.cases ?? 0;
  if (!input.throughput || cases < settings.minimumCases) {
    return input.legalDeadline
      ? { date: input.legalDeadline, basis: 'legal_deadline', medianDays: null, cases }
      : null;
  }
  let pausedMs = 0;
  for (const p of input.pauses) {
    const end = p.to ?? input.now;
    pausedMs += Math.max(0, end.getTime() - Math.max(p.from.getTime(), input.startedAt.getTime()));
  }
  const medianDays = input.throughput.medianDays;
  return {
    date: new Date(input.startedAt.getTime() + Math.ceil(medianDays * day + pausedMs)),
    basis: 'throughput',
    medianDays,
    cases,
  };
}
