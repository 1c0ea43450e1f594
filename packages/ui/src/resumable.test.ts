import { DetailedError } from 'tus-js-client';
import { describe, expect, it } from 'vitest';
import { limitText } from './components/FileUpload.tsx';
import { ApiError } from './problem.ts';
import { toApiError } from './resumable.ts';

function failed(status: number | undefined, body = ''): DetailedError {
  const error = new DetailedError('tus failed');
  error.originalResponse =
    status === undefined
      ? null
      : ({ getStatus: () => status, getBody: () => body } as unknown as DetailedError['originalResponse']);
  return error;
}

describe('resumable uploads in the UI', () => {
  it("turns the API's problem+json, carried by tus-js-client, into an ApiError", () => {
    const problem = {
      type: 'x',
      title: 'File too large',
      status: 413,
      code: 'file_too_large',
      detail: 'The file is larger than the limit of 1024 MB. Nothing was sent.',
    };
    const error = toApiError(failed(413, JSON.stringify(problem)));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('file_too_large');
    expect(error.message).toContain('1024 MB');
  });

  it('names a 410 an expired upload and a lost connection a network problem', () => {
    expect(toApiError(failed(410)).code).toBe('upload_expired');
    const network = toApiError(failed(undefined));
    expect(network.status).toBe(0);
  });

  it('states the limit before the upload, from the API, in whole MB', () => {
    expect(limitText(undefined)).toBe('PDF, JPEG or PNG.');
    expect(
      limitText({
        acceptedMediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
        maxBytes: 1024 * 1024 * 1024,
        simpleUploadMaxBytes: 25 * 1024 * 1024,
        chunkBytes: 20 * 1024 * 1024,
        sessionTtlSeconds: 86_400,
      }),
    ).toBe('PDF, JPEG or PNG, up to 1024 MB.');
  });
});
