import { ProblemSchema, type problemStatus } from '@loket/contracts';

/** A status the API answers with an RFC 9457 problem: one the contract gives some problem code. */
export type ProblemStatus = (typeof problemStatus)[keyof typeof problemStatus];

/**
 * The error part of a route's `response` schema: each status answered with ProblemSchema, so the
 * OpenAPI document lists it. Spread it next to the success response:
 * `response: { 200: ThingSchema, ...problemResponses(401, 404) }`.
 */
export function problemResponses<const S extends ProblemStatus>(
  ...statuses: S[]
): { [K in S]: typeof ProblemSchema } {
  return Object.fromEntries(statuses.map((status) => [status, ProblemSchema])) as {
    [K in S]: typeof ProblemSchema;
  };
}

/**
 * What any route acting for a signed-in user on an application (or on something of it) may answer:
 * invalid input (400), not signed in (401), not allowed (403), not found or not yours to see (404),
 * not possible in the current state or version (409).
 */
export const standardProblems = problemResponses(400, 401, 403, 404, 409);
