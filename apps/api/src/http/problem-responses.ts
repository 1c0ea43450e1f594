import { ProblemSchema, type problemStatus } from '@loket/contracts';

/** A status the API answers with an RFC 9457 problem: one the contract gives some problem code. */
export type ProblemStatus = (typeof problemStatus)[keyof typeof problemStatus];

/** The media type every problem is served as (RFC 9457), so the OpenAPI document names it too. */
export const problemMediaType = 'application/problem+json';

const problemResponse = { content: { [problemMediaType]: { schema: ProblemSchema } } } as const;

/**
 * The error part of a route's `response` schema: each status answered with ProblemSchema as
 * application/problem+json (what `sendProblem` sends; plain `application/json` there would let the
 * document contradict every error answer). Spread it next to the success response:
 * `response: { 200: ThingSchema, ...problemResponses(401, 404) }`.
 */
export function problemResponses<const S extends ProblemStatus>(
  ...statuses: S[]
): { [K in S]: typeof problemResponse } {
  return Object.fromEntries(statuses.map((status) => [status, problemResponse])) as {
    [K in S]: typeof problemResponse;
  };
}

/**
 * What any route acting for a signed-in user on an application (or on something of it) may answer:
 * invalid input (400), not signed in (401), not allowed (403), not found or not yours to see (404),
 * not possible in the current state or version (409).
 */
export const standardProblems = problemResponses(400, 401, 403, 404, 409);
