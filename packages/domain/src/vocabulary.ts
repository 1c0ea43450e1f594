/**
 * The procedure's vocabulary. Each list is the single source of its codes: the database enums,
 * the API contracts and the UIs all derive from these arrays.
 */

/**
 * `analyst` and `team_lead` read aggregate statistics; neither opens a file by that role (a team
 * lead also holds their service's caseworker role, which does).
 */
export const roles = ['applicant', 'work_caseworker', 'residence_officer', 'analyst', 'team_lead'] as const;
export type Role = (typeof roles)[number];

/** The roles that may read the statistics (aggregates only, never a person's file). */
export const statisticsRoles: readonly Role[] = ['analyst', 'team_lead'];

export const regions = ['flanders', 'brussels', 'wallonia', 'german_speaking'] as const;
export type Region = (typeof regions)[number];

/** Provinces of employment as the statistics count them; Brussels has no province. */
export const provinces = [
  'antwerp',
  'limburg',
  'east_flanders',
  'flemish_brabant',
  'west_flanders',
  'brussels_capital',
  'walloon_brabant',
  'hainaut',
  'liege',
  'luxembourg',
  'namur',
] as const;
export type Province = (typeof provinces)[number];

export const applicationStates = [
  'draft',
  'submitted',
  'work_supplement_requested',
  'inadmissible',
  'work_review',
  'work_refused',
  'residence_review',
  'residence_supplement_requested',
  'residence_refused',
  'permit_granted',
  'withdrawn',
] as const;
export type ApplicationState = (typeof applicationStates)[number];

export const terminalStates: readonly ApplicationState[] = [
  'inadmissible',
  'work_refused',
  'residence_refused',
  'permit_granted',
  'withdrawn',
];

export const categories = [
  'highly_qualified',
  'executive',
  'eu_blue_card',
  'researcher',
  'athlete',
  'performing_artist',
  'internship',
  'vocational_training',
  'shortage_occupation',
  'au_pair',
  'trainee',
  'other',
] as const;
export type Category = (typeof categories)[number];

export const sexes = ['female', 'male', 'other'] as const;
export type Sex = (typeof sexes)[number];

/** Where the worker stands when the employer applies: the statistics' "applicant kind". */
export const workerSituations = [
  'abroad',
  'student_in_belgium',
  'international_protection',
  'other_residence_in_belgium',
] as const;
export type WorkerSituation = (typeof workerSituations)[number];

export const authorityKinds = ['work', 'residence'] as const;
export type AuthorityKind = (typeof authorityKinds)[number];
/** Which authority is competent for which part: the work service, or the residence service. */
export type Part = AuthorityKind;

export const decisionOutcomes = ['granted', 'refused', 'inadmissible'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];
