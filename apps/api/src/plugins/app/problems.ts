import { maxHeaderSize, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import {
  type FieldError,
  type FieldErrorCode,
  type FieldErrorParams,
  type Problem,
  type ProblemCode,
  problemStatus,
  problemType,
} from '@loket/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../errors.ts';
import { problemMediaType, problemResponses } from '../../http/problem-responses.ts';

export const titles: Record<ProblemCode, string> = {
  validation_failed: 'The request is not valid',
  unauthenticated: 'Sign-in required',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  illegal_transition: 'Not possible in the current state',
  version_conflict: 'Changed by someone else',
  application_incomplete: 'The application is not complete',
  file_too_large: 'File too large',
  file_empty: 'Empty file',
  file_type_not_allowed: 'File type not allowed',
  upload_incomplete: 'Upload incomplete',
  document_not_scanned: 'Virus check not finished',
  document_infected: 'Virus found',
  upload_offset_mismatch: 'Upload offset mismatch',
  upload_expired: 'Upload expired',
  upload_busy: 'Upload busy',
  rate_limited: 'Too many requests',
  headers_too_large: 'Request headers too large',
  storage_unavailable: 'Document storage unavailable',
  identity_provider_unavailable: 'Sign-in service unavailable',
  internal: 'Internal error',
};

/** Fastify and plugin errors that are the client's doing, by their code. */
const frameworkCodes: Record<string, ProblemCode> = {
  FST_REQ_FILE_TOO_LARGE: 'file_too_large',
  FST_ERR_CTP_BODY_TOO_LARGE: 'file_too_large',
  FST_FILES_LIMIT: 'validation_failed',
  FST_FIELDS_LIMIT: 'validation_failed',
  FST_PARTS_LIMIT: 'validation_failed',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'validation_failed',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'validation_failed',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'validation_failed',
  FST_ERR_CTP_INVALID_JSON_BODY: 'validation_failed',
  FST_ERR_VALIDATION: 'validation_failed',
};

/** The schema validator's error, as far as it is read here (ajv's ErrorObject). */
interface ValidationIssue {
  keyword: string;
  instancePath?: string;
  params?: Record<string, unknown>;
  message?: string;
}

/** Schema keywords as the field error codes the UIs translate, with the limit they name. */
const keywordCodes: Record<
  string,
  { code: FieldErrorCode; params?: (p: Record<string, unknown>) => FieldErrorParams }
> = {
  required: { code: 'required' },
  additionalProperties: { code: 'unknown_field' },
  type: { code: 'type', params: (p) => ({ type: String(p.type) }) },
  minLength: { code: 'too_short', params: (p) => ({ limit: Number(p.limit) }) },
  maxLength: { code: 'too_long', params: (p) => ({ limit: Number(p.limit) }) },
  minimum: { code: 'too_small', params: (p) => ({ limit: Number(p.limit) }) },
  exclusiveMinimum: { code: 'too_small', params: (p) => ({ limit: Number(p.limit) }) },
  maximum: { code: 'too_large', params: (p) => ({ limit: Number(p.limit) }) },
  exclusiveMaximum: { code: 'too_large', params: (p) => ({ limit: Number(p.limit) }) },
  minItems: { code: 'too_few', params: (p) => ({ limit: Number(p.limit) }) },
  maxItems: { code: 'too_many', params: (p) => ({ limit: Number(p.limit) }) },
  uniqueItems: { code: 'duplicate' },
  pattern: { code: 'pattern', params: (p) => ({ pattern: String(p.pattern) }) },
  format: { code: 'format', params: (p) => ({ format: String(p.format) }) },
  enum: { code: 'not_allowed', params: (p) => ({ allowed: p.allowedValues as FieldErrorParams['allowed'] }) },
  const: {
    code: 'not_allowed',
    params: (p) => ({ allowed: [p.allowedValue] as FieldErrorParams['allowed'] }),
  },
};

/**
 * One field error per field and code, pointing at the field itself (a missing or unknown property
 * included). A field that may also be null (`clearable`) fails its real schema, the null branch and
 * the union at once: only the real schema's complaint is kept.
 */
export function fieldErrorsOf(issues: readonly ValidationIssue[]): FieldError[] {
  const all = issues.map((v): FieldError & { noise: boolean } => {
    const p = v.params ?? {};
    const named =
      'missingProperty' in p
        ? p.missingProperty
        : 'additionalProperty' in p
          ? p.additionalProperty
          : undefined;
    const pointer = (v.instancePath ?? '') + (named === undefined ? '' : `/${String(named)}`);
    const known = keywordCodes[v.keyword];
    const params = known?.params?.(p);
    return {
      pointer,
      code: known?.code ?? 'invalid',
      ...(params ? { params } : {}),
      message: v.message ?? 'is not valid',
      noise: v.keyword === 'anyOf' || v.keyword === 'oneOf' || (v.keyword === 'type' && p.type === 'null'),
    };
  });
  const kept = all.filter((e) => !e.noise || !all.some((o) => !o.noise && o.pointer === e.pointer));
  const seen = new Set<string>();
  return kept.flatMap(({ noise: _, ...e }) => {
    const key = `${e.pointer} ${e.code}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [e];
  });
}

/** The problem for `code`: its type, our title for it, the status the contract fixes for it. */
function problemOf(code: ProblemCode, detail: string | undefined, extra: Partial<Problem> = {}): Problem {
  return {
    type: problemType(code),
    title: titles[code],
    status: problemStatus[code],
    code,
    ...(detail ? { detail } : {}),
    ...extra,
  };
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ProblemCode,
  detail: string | undefined,
  extra: Partial<Problem> = {},
) {
  const body = problemOf(code, detail, {
    instance: request.url.split('?')[0],
    requestId: request.id,
    ...extra,
  });
  return reply.code(body.status).type(problemMediaType).send(body);
}

/**
 * Requests that Node's HTTP parser refuses before Fastify sees them: the request line and headers
 * beyond its limit (a long query string, 431) or bytes that are not HTTP (400). They get a problem
 * like every other refusal (Fastify's own answer is its plain JSON); with no request there is no
 * instance or request id. A client too slow with its headers gets Node's bare 408, as before.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    if (socket.writable) socket.write('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
    socket.destroy(error);
    return;
  }
  const code: ProblemCode = error.code === 'HPE_HEADER_OVERFLOW' ? 'headers_too_large' : 'validation_failed';
  const problem = problemOf(
    code,
    code === 'headers_too_large'
      ? `The address and headers of the request exceed ${maxHeaderSize / 1024} KB; send fewer or shorter query parameters.`
      : 'The request is not valid HTTP.',
  );
  const { status } = problem;
  const body = JSON.stringify(problem);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${problemMediaType}; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** The JSON pointer of the first text (value or name) holding a NUL character, if any. */
export function nulPointer(value: unknown, at = ''): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? at : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const here = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (key.includes('\u0000')) return here;
    const inside = nulPointer(item, here);
    if (inside !== undefined) return inside;
  }
  return undefined;
}

/**
 * One error handler: AppError and known client errors become RFC 9457 problem+json with their
 * code's status; anything else is a 500 whose text never reaches the client (it may hold data).
 */
export default fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return sendProblem(request, reply, error.code, error.detail, {
        ...(error.errors ? { errors: error.errors } : {}),
        ...(error.current ? { current: error.current } : {}),
        ...(error.refusal ? { refusal: error.refusal } : {}),
      });
    }
    if (error.validation) {
      return sendProblem(
        request,
        reply,
        'validation_failed',
        `The ${error.validationContext ?? 'request'} is not valid.`,
        { errors: fieldErrorsOf(error.validation) },
      );
    }
    const mapped = error.code ? frameworkCodes[error.code] : undefined;
    if (mapped) return sendProblem(request, reply, mapped, error.message);
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(request, reply, 'validation_failed', error.message);
    }
    request.log.error({ err: { type: error.name, code: error.code, stack: error.stack } }, 'unhandled error');
    return sendProblem(
      request,
      reply,
      'internal',
      'Something went wrong on our side. Quote the request id if you contact us.',
    );
  });

  // Refusals that come before any route's own rules, so every operation documents them: the request
  // line and headers too long (431, clientErrorHandler) and, where a body may come, one over the
  // body limit (413). Added to the route's schema, where the OpenAPI document reads it.
  app.addHook('onRoute', (route) => {
    const response = route.schema?.response as Record<string, unknown> | undefined;
    if (!response) return;
    const takesBody = [route.method].flat().some((method) => method !== 'GET' && method !== 'HEAD');
    route.schema = {
      ...route.schema,
      response: { ...problemResponses(431), ...(takesBody ? problemResponses(413) : {}), ...response },
    };
  });

  // PostgreSQL's text cannot hold U+0000: a NUL anywhere in what a request says would fail deep in a
  // write (a 500, found by Schemathesis on a withdrawal's reason). Refused before any route's rules.
  app.addHook('preValidation', async (request) => {
    for (const part of [request.params, request.query, request.body]) {
      const pointer = nulPointer(part);
      if (pointer !== undefined) {
        throw new AppError('validation_failed', 'Text may not contain the NUL control character (U+0000).', [
          { pointer, code: 'invalid', message: 'Remove the NUL control character (U+0000) from this text.' },
        ]);
      }
    }
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, 'not_found', 'There is nothing at this address.'),
  );
});
