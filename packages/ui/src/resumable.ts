import type { UploadSessionView } from '@loket/contracts';
import type { DocumentType } from '@loket/domain';
import { DetailedError, type HttpRequest, type HttpResponse, Upload } from 'tus-js-client';
import { ApiError, networkProblem, parseProblem } from './problem.ts';

export interface ResumableUploadOptions {
  baseUrl: string;
  getToken: () => Promise<string | undefined>;
  applicationId: string;
  type: DocumentType;
  file: File;
  /** Bytes per request (the API's `chunkBytes`); a cut connection costs at most what was in flight. */
  chunkBytes?: number;
  /** Bytes the server has, out of the file's size: after every chunk and while one is sent. */
  onProgress?: (sent: number, total: number) => void;
  /** Where the server says the upload continues: 0 for a new upload, more when it resumes. */
  onResume?: (offset: number) => void;
  /** The connection dropped and the upload will try again by itself. */
  onRetrying?: () => void;
  /** Reads the finished upload (its document) from the API. */
  fetchSession: (uploadId: string) => Promise<UploadSessionView>;
}

export interface ResumableUpload {
  /**
   * Starts or resumes (after a failure, a pause or even a reload: the upload URL is remembered in
   * localStorage under the application, type and file). Resolves once the document is recorded;
   * rejects with an ApiError, or an AbortError once cancelled.
   */
  start(): Promise<UploadSessionView>;
  /** Stops sending; the server keeps what it has, and start() (now or after a reload) continues. */
  pause(): Promise<void>;
  /** Stops sending and forgets the upload on the server too. */
  cancel(): Promise<void>;
}

/** Retries cover brief drops; after them the user sees the failure and a Retry button. */
const retryDelays = [0, 1000, 3000, 6000];

/**
 * A resumable upload (tus 1.0) to POST /v1/applications/:id/uploads. The server keeps every byte
 * that reaches it, so after a cut the upload continues from the server's offset, never from 0.
 */
export function createResumableUpload(opts: ResumableUploadOptions): ResumableUpload {
  let upload: Upload | undefined;
  let cancelled = false;
  let stop: ((error: unknown) => void) | undefined;

  const create = (resolve: (url: string) => void, reject: (error: unknown) => void) =>
    new Upload(opts.file, {
      endpoint: `${opts.baseUrl}/v1/applications/${encodeURIComponent(opts.applicationId)}/uploads`,
      ...(opts.chunkBytes ? { chunkSize: opts.chunkBytes } : {}),
      retryDelays,
      metadata: { documentType: opts.type, filename: opts.file.name },
      // Bound to the application and type as the server binds it (and to the file, as tus does).
      fingerprint: async (file: File) =>
        ['loket-upload', opts.applicationId, opts.type, file.name, file.size, file.lastModified].join('/'),
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      async onBeforeRequest(req: HttpRequest) {
        const token = await opts.getToken();
        if (token) req.setHeader('Authorization', `Bearer ${token}`);
      },
      onAfterResponse(req: HttpRequest, res: HttpResponse) {
        if (req.getMethod() === 'HEAD' && res.getStatus() === 200) {
          opts.onResume?.(Number(res.getHeader('Upload-Offset') ?? 0));
        } else if (req.getMethod() === 'POST' && res.getStatus() === 201) {
          opts.onResume?.(0);
        }
      },
      onShouldRetry(error: DetailedError, attempt: number) {
        const status = error.originalResponse?.getStatus() ?? 0;
        const retry =
          attempt < retryDelays.length &&
          (status === 0 || status >= 500 || status === 409 || status === 423) &&
          navigator.onLine !== false;
        if (retry) opts.onRetrying?.();
        return retry;
      },
      onProgress: (sent: number, total: number) => opts.onProgress?.(sent, total),
      onSuccess: () => resolve(upload?.url ?? ''),
      onError: (error: Error) => reject(error),
    });

  return {
    async start() {
      if (cancelled) throw abortError();
      const url = await new Promise<string>((resolve, reject) => {
        stop = reject;
        upload = create(resolve, reject);
        const current = upload;
        current
          .findPreviousUploads()
          .then((previous) => {
            const last = previous[previous.length - 1];
            if (last) current.resumeFromPreviousUpload(last);
            current.start();
          })
          .catch(reject);
      }).catch((error: unknown) => {
        throw cancelled || (error instanceof DOMException && error.name === 'AbortError')
          ? abortError()
          : toApiError(error);
      });
      const uploadId = url.split('/').pop() ?? '';
      return opts.fetchSession(decodeURIComponent(uploadId));
    },

    async pause() {
      await upload?.abort(false).catch(() => undefined);
      stop?.(abortError());
    },

    async cancel() {
      cancelled = true;
      await upload?.abort(true).catch(() => undefined);
      stop?.(abortError());
    },
  };
}

const abortError = () => new DOMException('The upload was cancelled.', 'AbortError');

/** tus-js-client's errors carry the API's problem+json answer, or nothing when the network failed. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof DetailedError && error.originalResponse) {
    const res = error.originalResponse;
    return new ApiError(parseProblem(res.getStatus(), res.getBody() ?? '', ''));
  }
  return new ApiError(networkProblem());
}
