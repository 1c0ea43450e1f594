// Messages never include object keys, bucket contents or the storage service's raw error text:
// keys can name applicants' documents, and these errors end up in logs.

/** Base class of every error thrown by the object store; `code` is the S3 or network error code when known. */
export class StorageError extends Error {
  override name = 'StorageError';
  readonly code: string | undefined;
  readonly statusCode: number | undefined;

  constructor(message: string, options: { code?: string; statusCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.statusCode = options.statusCode;
  }
}

/** The storage service could not be reached or did not answer in time; callers should answer 503. */
export class StorageUnavailableError extends StorageError {
  override name = 'StorageUnavailableError';
}

/** No object exists under the requested key. */
export class ObjectNotFoundError extends StorageError {
  override name = 'ObjectNotFoundError';
}

/** An upload exceeded its `maxBytes` limit; nothing was kept. */
export class ObjectTooLargeError extends StorageError {
  override name = 'ObjectTooLargeError';
  readonly maxBytes: number;

  constructor(maxBytes: number) {
    super(`Upload exceeds the limit of ${maxBytes} bytes`, { code: 'ObjectTooLarge' });
    this.maxBytes = maxBytes;
  }
}

/** The source stream of an upload failed or ended prematurely; nothing was kept. */
export class UploadAbortedError extends StorageError {
  override name = 'UploadAbortedError';

  constructor(cause: unknown) {
    super('Upload source stream failed before it ended', { code: 'UploadAborted', cause });
  }
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'ERR_STREAM_PREMATURE_CLOSE',
  'UND_ERR_SOCKET',
]);

// S3 error codes that mean "try again later" rather than "your request is wrong".
const UNAVAILABLE_S3_CODES = new Set(['SlowDown', 'ServiceUnavailable', 'InternalError', 'RequestTimeout']);
const NOT_FOUND_S3_CODES = new Set(['NoSuchKey', 'NotFound']);

interface ErrorLike {
  code?: unknown;
  name?: unknown;
  message?: unknown;
  statusCode?: unknown;
  errors?: unknown;
}

function networkCode(err: ErrorLike): string | undefined {
  if (typeof err.code === 'string' && NETWORK_CODES.has(err.code)) return err.code;
  // Happy-eyeballs connects (localhost -> ::1 and 127.0.0.1) fail with an AggregateError
  // whose own code is empty; the per-address errors carry it.
  if (Array.isArray(err.errors)) {
    for (const inner of err.errors as ErrorLike[]) {
      const code = inner && networkCode(inner);
      if (code) return code;
    }
  }
  return undefined;
}

/** Maps anything the minio client or the network throws onto the StorageError hierarchy. */
export function toStorageError(err: unknown): StorageError {
  if (err instanceof StorageError) return err;
  const e = (typeof err === 'object' && err !== null ? err : {}) as ErrorLike;

  const netCode = networkCode(e);
  if (netCode) {
    return new StorageUnavailableError(`Object storage unreachable (${netCode})`, { code: netCode });
  }

  const code = typeof e.code === 'string' && e.code !== '' ? e.code : undefined;
  if (e.name === 'S3Error' || code !== undefined) {
    if (code && NOT_FOUND_S3_CODES.has(code)) return new ObjectNotFoundError('Object not found', { code });
    if (code && UNAVAILABLE_S3_CODES.has(code)) {
      return new StorageUnavailableError(`Object storage unavailable (${code})`, { code });
    }
    return new StorageError(`Object storage request failed (${code ?? 'unknown S3 error'})`, { code });
  }

  // minio retries 5xx answers once and then throws a plain Error with this wording.
  if (typeof e.message === 'string' && /^Request failed after \d+ retries/.test(e.message)) {
    return new StorageUnavailableError('Object storage unavailable (server error after retry)', {
      code: 'ServerError',
    });
  }

  // minio's argument validation (invalid bucket or key names) lands here, as do bugs.
  const name = typeof e.name === 'string' ? e.name : 'Error';
  return new StorageError(`Object storage operation failed (${name})`, { code: name });
}
