import { actions } from '@loket/domain';
import { type Static, Type } from 'typebox';
import { ApplicationStateSchema, DocumentTypeSchema, TimestampSchema } from './common.ts';

/**
 * Every error the API answers, as a stable code. The UIs translate codes, never parse text.
 * The status is part of the contract: a code always answers with the same HTTP status.
 */
export const problemStatus = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  illegal_transition: 409,
  version_conflict: 409,
  application_incomplete: 422,
  file_too_large: 413,
  file_empty: 400,
  file_type_not_allowed: 415,
  upload_incomplete: 400,
  document_not_scanned: 409,
  document_infected: 410,
  upload_offset_mismatch: 409,
  upload_expired: 410,
  upload_busy: 423,
  rate_limited: 429,
  headers_too_large: 431,
  storage_unavailable: 503,
  identity_provider_unavailable: 503,
  internal: 500,
} as const;
export type ProblemCode = keyof typeof problemStatus;
export const problemCodes = Object.keys(problemStatus) as ProblemCode[];

/**
 * What is wrong with one field, as a stable code the UIs translate (the `message` is English, for
 * developers and logs). Schema validation gives the first group, with its limit in `params`;
 * the rules of the procedure the second.
 */
export const fieldErrorCodes = [
  'required',
  'unknown_field',
  'type',
  'too_short',
  'too_long',
  'too_small',
  'too_large',
  'too_few',
  'too_many',
  'duplicate',
  'pattern',
  'format',
  'not_allowed',
  'invalid',
  // The procedure's rules:
  'document_missing',
  'not_of_employer',
  'not_in_team',
  'date_too_early',
  'taken',
] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];

export const FieldErrorParamsSchema = Type.Object({
  /** too_short, too_long (characters), too_small, too_large (the value), too_few, too_many (items). */
  limit: Type.Optional(Type.Number()),
  /** not_allowed: the values that are. */
  allowed: Type.Optional(Type.Array(Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]))),
  /** format: date, date-time, uuid, email... */
  format: Type.Optional(Type.String()),
  /** pattern: the regular expression. */
  pattern: Type.Optional(Type.String()),
  /** type: the JSON type expected. */
  type: Type.Optional(Type.String()),
  /** date_too_early: the date the value must come after (YYYY-MM-DD). */
  after: Type.Optional(Type.String()),
  /** document_missing: the document to upload. */
  documentType: Type.Optional(DocumentTypeSchema),
});
export type FieldErrorParams = Static<typeof FieldErrorParamsSchema>;

export const FieldErrorSchema = Type.Object({
  /** JSON pointer to the field, e.g. /worker/birthDate (/documents/<type> for a missing document) */
  pointer: Type.String(),
  /**
   * The API sends it with every field error; optional in the type for clients that build a
   * problem themselves (a UI's own check, an older answer).
   */
  code: Type.Optional(Type.Enum(fieldErrorCodes)),
  params: Type.Optional(FieldErrorParamsSchema),
  message: Type.String(),
});
export type FieldError = Static<typeof FieldErrorSchema>;

/**
 * With a 409 version_conflict: the application as it is now, so the client can say what changed
 * (and who changed it) without another request.
 */
export const ProblemCurrentSchema = Type.Object({
  version: Type.Integer(),
  state: ApplicationStateSchema,
  lastEvent: Type.Union([
    Type.Object({
      action: Type.String(),
      actorName: Type.String(),
      actorRole: Type.String(),
      at: TimestampSchema,
    }),
    Type.Null(),
  ]),
});
export type ProblemCurrent = Static<typeof ProblemCurrentSchema>;

/**
 * With a 409 illegal_transition: the action refused, the state the application is in, and the
 * states in which it would have been possible, so the client can say why in the user's language
 * (e.g. "an application that was granted cannot be withdrawn").
 */
export const ProblemRefusalSchema = Type.Object({
  action: Type.Enum(actions),
  state: ApplicationStateSchema,
  allowedFrom: Type.Array(ApplicationStateSchema),
});
export type ProblemRefusal = Static<typeof ProblemRefusalSchema>;

/** RFC 9457 problem details, with Loket's code. Served as application/problem+json. */
export const ProblemSchema = Type.Object({
  type: Type.String({ description: 'URI reference identifying the problem type' }),
  title: Type.String(),
  status: Type.Integer(),
  code: Type.Enum(problemCodes),
  detail: Type.Optional(Type.String()),
  instance: Type.Optional(Type.String()),
  requestId: Type.Optional(Type.String()),
  errors: Type.Optional(Type.Array(FieldErrorSchema)),
  current: Type.Optional(ProblemCurrentSchema),
  refusal: Type.Optional(ProblemRefusalSchema),
});
export type Problem = Static<typeof ProblemSchema>;

export const problemType = (code: ProblemCode) =>
  `https://loket.example/problems/${code.replaceAll('_', '-')}`;
