import { expectedDecisionBases } from '@loket/domain';
import { type Static, Type } from 'typebox';
import {
  DateSchema,
  DecisionOutcomeSchema,
  IdSchema,
  PartSchema,
  RegionSchema,
  TimestampSchema,
} from './common.ts';

/**
 * Who holds the file now: the applicant (a draft, or an open supplement request), the region's
 * work service, or the federal residence service; null once the file has ended. An authority,
 * never a person: the applicant is not told which caseworker handles the file.
 */
export const HolderSchema = Type.Object({
  party: Type.Enum(['applicant', 'work_service', 'residence_service']),
  /** The work service's region; null for the applicant and the residence service. */
  region: Type.Union([RegionSchema, Type.Null()]),
});
export type Holder = Static<typeof HolderSchema>;

/** What happened to a part, in order. */
export const partStepKinds = [
  'submitted',
  'started',
  'supplement_requested',
  'supplement_answered',
  'declared_admissible',
  'decided',
  'withdrawn',
] as const;

export const PartStepSchema = Type.Object({
  step: Type.Enum(partStepKinds),
  at: TimestampSchema,
  /** supplement_requested / supplement_answered: the request. */
  supplementRequestId: Type.Optional(IdSchema),
  /** supplement_requested: the answer deadline. */
  dueDate: Type.Optional(DateSchema),
  /** decided: granted, refused or inadmissible. */
  outcome: Type.Optional(DecisionOutcomeSchema),
});
export type PartStep = Static<typeof PartStepSchema>;

/**
 * When a decision on an open part can be expected: from the median handling time of that part's
 * decisions of the last 12 months in the same category (work part: and region), time with the
 * applicant excluded (`basis: throughput`), or, with fewer than the minimum of such decisions,
 * the legal deadline (`basis: legal_deadline`).
 */
export const ExpectedDecisionSchema = Type.Object({
  date: TimestampSchema,
  basis: Type.Enum(expectedDecisionBases),
  /** The median handling days used (basis throughput), else null. */
  medianDays: Type.Union([Type.Number(), Type.Null()]),
  /** The number of recent decisions behind the figure. */
  cases: Type.Integer(),
});
export type ExpectedDecisionView = Static<typeof ExpectedDecisionSchema>;

export const partStatuses = [
  'not_started',
  'in_review',
  'waiting_for_applicant',
  'granted',
  'refused',
  'inadmissible',
  'withdrawn',
] as const;

export const PartProgressSchema = Type.Object({
  part: PartSchema,
  /** The service deciding it: the work service of `region`, or the residence service (region null). */
  region: Type.Union([RegionSchema, Type.Null()]),
  status: Type.Enum(partStatuses),
  startedAt: Type.Union([TimestampSchema, Type.Null()]),
  decidedAt: Type.Union([TimestampSchema, Type.Null()]),
  steps: Type.Array(PartStepSchema),
  /** Only for an open part (in review or waiting for the applicant). */
  expectedDecision: Type.Union([ExpectedDecisionSchema, Type.Null()]),
});
export type PartProgress = Static<typeof PartProgressSchema>;

/** What a status timeline shows: both parts step by step, who holds the file, the deadlines. */
export const ApplicationProgressSchema = Type.Object({
  holder: Type.Union([HolderSchema, Type.Null()]),
  /** The legal decision deadline (the clock's), null before submission and once ended. */
  legalDeadline: Type.Union([TimestampSchema, Type.Null()]),
  /** The supplement request the applicant has to answer, with its deadline; null when none. */
  openSupplementRequest: Type.Union([
    Type.Object({ id: IdSchema, part: PartSchema, dueDate: DateSchema, createdAt: TimestampSchema }),
    Type.Null(),
  ]),
  /** The work part, then the residence part. */
  parts: Type.Array(PartProgressSchema),
});
export type ApplicationProgress = Static<typeof ApplicationProgressSchema>;
