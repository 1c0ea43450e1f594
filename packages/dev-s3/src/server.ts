/// <reference path="./s3rver.d.ts" />
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import S3rver, { type KoaContext } from 's3rver';
import { createAccessKeyGate } from './access-keys.ts';
import { createMultipartShims } from './multipart-shims.ts';

export interface DevS3Options {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to bind; defaults to loopback only. */
  host?: string;
  /** Where buckets and objects live on disk; kept across restarts. */
  directory: string;
  /**
   * The only access key id signed requests may use; when omitted any key is accepted. Signatures
   * are never verified (see README), so this catches misconfiguration, not attackers.
   */
  accessKey?: string;
  secretKey?: string;
  /** s3rver's own per-request log, which prints bucket and object keys. Off by default. */
  verbose?: boolean;
}

export interface DevS3 {
  /** Base URL for S3 clients, e.g. http://127.0.0.1:4002 (path-style buckets). */
  endpoint: string;
  port: number;
  close(): Promise<void>;
}

const ignore = () => {};
const SILENT_LOGGER = { info: ignore, warn: ignore, error: ignore, debug: ignore, log: ignore };

// How long close() lets in-flight requests finish before cutting their connections.
const CLOSE_GRACE_MS = 1_000;

/** Starts an S3-compatible server (s3rver plus multipart shims) storing data in `directory`. */
export async function startDevS3(options: DevS3Options): Promise<DevS3> {
  const host = options.host ?? '127.0.0.1';
  const directory = path.resolve(options.directory);
  await mkdir(directory, { recursive: true });

  const s3rver = new S3rver({
    address: host,
    port: options.port ?? 0,
    directory,
    // Its request log and store messages name every object key, and Loket's keys identify
    // applicants' documents, so nothing is printed unless asked for.
    silent: !options.verbose,
    resetOnClose: false,
    // minio uses path-style URLs; vhost guessing would turn any non-IP hostname into a bucket.
    vhostBuckets: false,
  });

  // Koa composes `middleware` only when the HTTP server is created, so it can still be edited
  // here. The name check catches an s3rver upgrade that changed the layout this relies on:
  // [koa-logger, XML rendering, mount interop, vhost, router].
  const names = s3rver.middleware.map((m) => m.name).join(',');
  if (names !== 'logger,,,vhost,dispatch') {
    throw new Error(`dev-s3: unexpected s3rver middleware layout (${names})`);
  }
  const keys = options.accessKey
    ? { accessKey: options.accessKey, secretKey: options.secretKey ?? '' }
    : undefined;
  // Right before the router: behind s3rver's XML rendering and vhost handling, ahead of its routes.
  s3rver.middleware.splice(4, 0, createAccessKeyGate(keys), createMultipartShims(s3rver.store));
  if (!options.verbose) {
    // `silent` only mutes winston's console transport. Once the server has closed, winston has
    // no transport left and prints "Attempt to write logs with no transports" to stderr with the
    // message, object key included, for every request still in flight. So the request logger is
    // removed and the controllers get a logger that drops everything.
    s3rver.middleware.splice(0, 1);
    s3rver.context.logger = SILENT_LOGGER;
  }

  // Registering a listener replaces Koa's default error printer (which would include paths).
  s3rver.on('error', (err: Error & { status?: number; code?: string }, ctx?: KoaContext) => {
    const status = err.status ?? 500;
    if (status < 500 && !options.verbose) return;
    console.error(
      `[dev-s3] ${ctx?.method ?? '?'} failed with ${status}: ${err.code ?? err.name}${options.verbose ? ` ${err.message}` : ''}`,
    );
  });

  const address = await s3rver.run();
  const server = s3rver.httpServer;
  if (!server) throw new Error('dev-s3: s3rver did not start an HTTP server');
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const endpoint = `http://${urlHost}:${address.port}`;

  let closing: Promise<void> | undefined;
  return {
    endpoint,
    port: address.port,
    close() {
      closing ??= (async () => {
        const closed = s3rver.close();
        // Clients such as minio keep idle keep-alive sockets open; close would wait on them.
        server.closeIdleConnections();
        const cutoff = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        try {
          await closed;
        } finally {
          clearTimeout(cutoff);
        }
      })();
      return closing;
    },
  };
}
