// s3rver ships no type declarations; these cover only what dev-s3 touches.

declare module 's3rver' {
  import type { EventEmitter } from 'node:events';
  import type { IncomingMessage, Server, ServerResponse } from 'node:http';
  import type { AddressInfo } from 'node:net';

  export interface KoaContext {
    method: string;
    /** Raw (still percent-encoded) path of the request. */
    path: string;
    query: Record<string, string | string[] | undefined>;
    headers: Record<string, string | string[] | undefined>;
    status: number;
    body: unknown;
    type: string;
    req: IncomingMessage;
    res: ServerResponse;
    set(field: string, value: string): void;
  }

  export type KoaMiddleware = (ctx: KoaContext, next: () => Promise<void>) => unknown;

  export interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    resetOnClose?: boolean;
    vhostBuckets?: boolean;
    allowMismatchedSignatures?: boolean;
  }

  export interface FilesystemStore {
    rootDirectory: string;
    getBucketPath(bucket: string): string;
    getResourcePath(bucket: string, key: string | undefined, resource: string): string;
  }

  export default class S3rver extends EventEmitter {
    constructor(options?: S3rverOptions);
    /** Koa's middleware list; composed when the HTTP server is created in run(). */
    middleware: KoaMiddleware[];
    store: FilesystemStore;
    /** Prototype of every request's ctx; s3rver's controllers log through `ctx.logger`. */
    context: { logger: unknown };
    httpServer?: Server;
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  }
}

declare module 's3rver/lib/models/account.js' {
  interface AWSAccount {
    createKeyPair(accessKeyId: string, secretAccessKey: string): void;
  }
  const AWSAccount: {
    /** Process-wide map of access key id -> account, shared by every s3rver instance. */
    registry: Map<string, AWSAccount>;
    DUMMY_ACCOUNT: AWSAccount;
  };
  export default AWSAccount;
}
