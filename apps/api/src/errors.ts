import {
  type FieldErrorSchema,
  type ProblemCode,
  type ProblemCurrent,
  type ProblemRefusal,
  problemStatus,
} from '@loket/contracts';
import type { Static } from 'typebox';

type FieldError = Static<typeof FieldErrorSchema>;

/**
 * The API's one error type. Services throw it with a code; the error handler turns it into
 * problem+json with the status the contract fixes for that code.
 */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly errors?: FieldError[],
    /** With a version conflict: the application as it is now. */
    readonly current?: ProblemCurrent,
    /** With an illegal transition: the action, the state, and where it would have been possible. */
    readonly refusal?: ProblemRefusal,
  ) {
    super(detail);
    this.status = problemStatus[code];
  }
}

export const notFound = (what = 'application') =>
  new AppError('not_found', `No ${what} with this id exists, or you may not see it.`);
