import {
  type FieldError,
  type FieldErrorCode,
  fieldErrorCodes,
  type Problem,
  type ProblemCode,
  type ProblemCurrent,
} from '@loket/contracts';
import { problemLabels } from './labels.ts';

/** One field's problem: its pointer, a stable code (with params) the screens translate, English words. */
export type { FieldError };

const isFieldErrorCode = (v: unknown): v is FieldErrorCode =>
  typeof v === 'string' && (fieldErrorCodes as readonly string[]).includes(v);

/** A failed API call, carrying the RFC 9457 problem so screens can show it and point at fields. */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }
  get status(): number {
    return this.problem.status;
  }
  get code(): ProblemCode {
    return this.problem.code;
  }
}

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && Object.hasOwn(problemLabels, value);
}

const codeByStatus: Record<number, ProblemCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'illegal_transition',
  413: 'file_too_large',
  410: 'upload_expired',
  415: 'file_type_not_allowed',
  422: 'application_incomplete',
  429: 'rate_limited',
  431: 'headers_too_large',
  503: 'storage_unavailable',
};

function codeForStatus(status: number): ProblemCode {
  return codeByStatus[status] ?? 'internal';
}

/** The field errors of a problem body; the code and its params are kept, the screens translate them. */
function fieldErrors(value: unknown): FieldError[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const items: FieldError[] = [];
  for (const e of value as unknown[]) {
    if (typeof e !== 'object' || e === null) continue;
    const { pointer, message, code, params } = e as Record<string, unknown>;
    if (typeof pointer !== 'string' || typeof message !== 'string') continue;
    const item: FieldError = { pointer, message };
    if (isFieldErrorCode(code)) item.code = code;
    if (typeof params === 'object' && params !== null && !Array.isArray(params)) {
      item.params = params as NonNullable<FieldError['params']>;
    }
    items.push(item);
  }
  return items.length > 0 ? items : undefined;
}

/** A 409's "the application as it is now", when the body carries a well-formed one. */
function currentOf(value: unknown): ProblemCurrent | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const c = value as Record<string, unknown>;
  if (typeof c.version !== 'number' || typeof c.state !== 'string') return undefined;
  const e = c.lastEvent as Record<string, unknown> | null | undefined;
  const lastEvent =
    e &&
    typeof e === 'object' &&
    typeof e.action === 'string' &&
    typeof e.actorName === 'string' &&
    typeof e.actorRole === 'string' &&
    typeof e.at === 'string'
      ? { action: e.action, actorName: e.actorName, actorRole: e.actorRole, at: e.at }
      : null;
  return { version: c.version, state: c.state as ProblemCurrent['state'], lastEvent };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

/**
 * Turns any error response into a Problem. The API answers problem+json, but a proxy, the
 * framework's own 404 or an HTML error page may answer first; those still become something a
 * person can read instead of a parse error.
 */
export function parseProblem(status: number, body: string, statusText = ''): Problem {
  let json: unknown;
  try {
    json = body ? JSON.parse(body) : undefined;
  } catch {
    json = undefined;
  }
  const o = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const code = isProblemCode(o.code) ? o.code : codeForStatus(status);
  // Fastify's default error shape is { statusCode, error, message }.
  const title = str(o.title) ?? str(o.error) ?? (str(statusText) || problemLabels[code]);
  const detail = str(o.detail) ?? str(o.message);
  const problem: Problem = {
    type: str(o.type) ?? 'about:blank',
    title,
    status: typeof o.status === 'number' ? o.status : status,
    code,
  };
  if (detail && detail !== title) problem.detail = detail;
  const requestId = str(o.requestId);
  if (requestId) problem.requestId = requestId;
  const errors = fieldErrors(o.errors);
  if (errors) problem.errors = errors;
  const current = currentOf(o.current);
  if (current) problem.current = current;
  return problem;
}

/** The request never reached the API (offline, CORS refusal, server down). */
export function networkProblem(): Problem {
  return {
    type: 'about:blank',
    title: 'The service cannot be reached',
    status: 0,
    code: 'internal',
    detail: 'Check your connection and try again. If it keeps failing, the service may be down.',
  };
}

/** A heading and a detail for any thrown value, so no screen ever shows "[object Object]". */
export function describeError(error: unknown): { title: string; detail?: string; problem?: Problem } {
  if (error instanceof ApiError) {
    const p = error.problem;
    const title = p.status === 0 ? p.title : problemLabels[p.code];
    const detail = p.detail ?? (p.title !== title ? p.title : undefined);
    return detail ? { title, detail, problem: p } : { title, problem: p };
  }
  if (error instanceof Error) return { title: 'Something went wrong', detail: error.message };
  return { title: 'Something went wrong' };
}
