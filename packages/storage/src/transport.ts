import http from 'node:http';
import https from 'node:https';

type RequestFn = typeof http.request;

/**
 * minio has no request timeout at all: a storage host that accepts connections but never answers
 * (or a black-holed address) would hang uploads and health checks forever. This transport gives
 * every request an idle-socket timeout, covering the TCP connect as well (the `timeout` request
 * option is applied before connecting, unlike `req.setTimeout`), and fails the request with an
 * ETIMEDOUT error that maps to StorageUnavailableError.
 */
export function createTimeoutTransport(useSSL: boolean, timeoutMs: number): { request: RequestFn } {
  const base = (useSSL ? https.request : http.request) as RequestFn;
  const request = ((options: http.RequestOptions, callback?: (res: http.IncomingMessage) => void) => {
    const req = base({ ...options, timeout: timeoutMs }, callback);
    req.on('timeout', () => {
      const err = Object.assign(new Error(`Object storage did not answer within ${timeoutMs} ms`), {
        code: 'ETIMEDOUT',
      });
      req.destroy(err);
    });
    return req;
  }) as RequestFn;
  return { request };
}
