import {
  type FieldError,
  type FieldErrorCode,
  type ProblemCode,
  type ProblemCurrent,
  type ProblemRefusal,
  problemStatus,
} from '@loket/contracts';

/** A field error as services write it: without a code it is `invalid`. */
export type FieldErrorInput = Omit<FieldError, 'code'> & { code?: FieldErrorCode };

/**
 * The API's one error type. Services throw it with a code; the error handler turns it into
 * problem+json with the status the contract fixes for that code.
 */
export class AppError extends Error {
  readonly status: number;
  readonly errors?: FieldError[];
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    errors?: FieldErrorInput[],
    /** With a version conflict: the application as it is now. */
    readonly current?: ProblemCurrent,
    /** With an illegal transition: the action, the state, and where it would have been possible. */
    readonly refusal?: ProblemRefusal,
  ) {
    super(detail);
    this.status = problemStatus[code];
    if (errors) this.errors = errors.map((e) => ({ ...e, code: e.code ?? 'invalid' }));
  }
}

export const notFound = (what = 'application') =>
  new AppError('not_found', `No ${what} with this id exists, or you may not see it.`);
