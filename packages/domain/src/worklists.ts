import type { ApplicationState, Part } from './vocabulary.ts';

/**
 * The caseworkers' worklists. Each authority works on its own part of a file: the region's work
 * service on the work part, the federal residence service on the residence part. A worklist is a
 * question about that part ("whose turn is it, how urgent is it"); docs/inbox.md defines each one.
 */
export const worklistKeys = [
  'new',
  'mine',
  'team',
  'waiting',
  'due_soon',
  'overdue',
  'decided',
  'all',
] as const;
export type WorklistKey = (typeof worklistKeys)[number];

export interface PartStates {
  /** The part is with the authority or with the applicant for it: not decided yet. */
  open: readonly ApplicationState[];
  /** The authority holds the file and has to act. */
  actionable: readonly ApplicationState[];
  /** The applicant holds the file: a supplement request of this part is open (the clock stands still). */
  waiting: readonly ApplicationState[];
}

export const partStates: Record<Part, PartStates> = {
  work: {
    open: ['submitted', 'work_supplement_requested', 'work_review'],
    actionable: ['submitted', 'work_review'],
    waiting: ['work_supplement_requested'],
  },
  residence: {
    open: ['residence_review', 'residence_supplement_requested'],
    actionable: ['residence_review'],
    waiting: ['residence_supplement_requested'],
  },
};

/** The part an application state belongs to, when the part is open in it. */
export function openPartOf(state: ApplicationState): Part | undefined {
  if (partStates.work.open.includes(state)) return 'work';
  if (partStates.residence.open.includes(state)) return 'residence';
  return undefined;
}

/**
 * Working agreements of the inbox (not legal figures): a file is "due soon" when its legal
 * deadline falls within `dueSoonDays`; "decided" lists the decisions of the last `decidedWithinDays`.
 */
export const worklistSettings = { dueSoonDays: 14, decidedWithinDays: 30 } as const;
