import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAccessTokenVerifier } from '@loket/auth';
import { type Db, seedDemoData, seedReferenceData } from '@loket/db';
import { createTestDatabase } from '@loket/db/testing';
import { startDevClamd } from '@loket/dev-clamd';
import { startDevIdp } from '@loket/dev-idp';
import { loginWithPassword } from '@loket/dev-idp/testing';
import { type DevMail, startDevMail } from '@loket/dev-mail';
import { startDevS3 } from '@loket/dev-s3';
import { createClamdScanner, type Scanner } from '@loket/scanner';
import {
  createMultipartStore,
  createObjectStore,
  type MultipartStore,
  type ObjectStore,
} from '@loket/storage';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';

export const demoUsers = [
  'anna',
  'bart',
  'sofie',
  'wout',
  'bruno',
  'rita',
  'ada',
  'lotte',
  'omar',
  'tom',
  'nadia',
] as const;
export type DemoUser = (typeof demoUsers)[number];

export interface Harness {
  app: FastifyInstance;
  db: Db;
  /** The test database's address (for bulk loads over plain `pg`). */
  databaseUrl: string;
  store: ObjectStore;
  /** Multipart uploads on the same bucket, in 5 MiB parts (resumable uploads). */
  multipart: MultipartStore;
  issuer: string;
  /** The SMTP catcher the API sends to (unless the test gave its own SMTP_URL). */
  mail: DevMail | undefined;
  /** The portal address mails link to. */
  portalUrl: string;
  /** A real access token from the identity provider for a demo user (cached per harness). */
  token(user: DemoUser): Promise<string>;
  /** Headers for app.inject as that user. */
  as(user: DemoUser): Promise<{ authorization: string }>;
  /** Waits until the scanner has a verdict on every version of the application (authorities may then open them). */
  scanned(applicationId: string): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  uploadMaxBytes?: number;
  accessTokenTtlSeconds?: number;
  clockToleranceSeconds?: number;
  scanner?: Scanner;
  scanSweepIntervalMs?: number;
  /** Mail delivery: another SMTP server than the catcher started here, and faster retries. */
  mail?: { smtpUrl?: string; retryBaseMs?: number; sweepIntervalMs?: number };
}

/**
 * The API wired to real parts: a fresh migrated PostgreSQL database, an S3 server over HTTP and
 * the OIDC provider, as in production. Nothing is mocked. Uploads are virus-scanned by `scanner`,
 * by default a clamd client talking to the development stand-in (dev-clamd) started here.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = await mkdtemp(join(tmpdir(), 'loket-api-test-'));
  const database = await createTestDatabase();
  await seedReferenceData(database.db);
  await seedDemoData(database.db);
  const s3 = await startDevS3({ directory: join(dir, 's3'), port: 0 });
  const s3Config = {
    endPoint: s3.endpoint,
    accessKey: 'loket',
    secretKey: 'loket-dev-secret',
    bucket: 'loket-test',
  };
  const store = createObjectStore(s3Config);
  // S3's smallest parts, so resumable uploads exercise several parts on a few MiB.
  const multipart = createMultipartStore({ ...s3Config, partSizeBytes: 5 * 1024 * 1024 });
  await store.ensureBucket();
  const idp = await startDevIdp({
    port: 0,
    ...(options.accessTokenTtlSeconds ? { accessTokenTtlSeconds: options.accessTokenTtlSeconds } : {}),
  });
  const verifier = createAccessTokenVerifier({
    issuer: idp.issuer,
    audience: 'loket-api',
    ...(options.clockToleranceSeconds === undefined
      ? {}
      : { clockToleranceSeconds: options.clockToleranceSeconds }),
  });
  const clamd = options.scanner ? undefined : await startDevClamd({ port: 0 });
  const scanner = options.scanner ?? createClamdScanner({ host: clamd?.host, port: clamd?.port });
  const mail = options.mail?.smtpUrl ? undefined : await startDevMail();
  const portalUrl = 'https://portal.loket.test';
  const app = await buildApp({
    config: {
      corsOrigins: [],
      mail: {
        smtpUrl: options.mail?.smtpUrl ?? mail?.smtpUrl,
        from: 'Loket <no-reply@loket.test>',
        portalUrl,
        sweepIntervalMs: options.mail?.sweepIntervalMs ?? 60_000,
        retryBaseMs: options.mail?.retryBaseMs ?? 30_000,
      },
      uploadMaxBytes: options.uploadMaxBytes ?? 25 * 1024 * 1024,
      // TEST_LOG_LEVEL=error shows what a 500 hid; silent by default to keep the output readable.
      logLevel: (process.env.TEST_LOG_LEVEL as 'error' | undefined) ?? 'silent',
      ...(options.scanSweepIntervalMs ? { scanSweepIntervalMs: options.scanSweepIntervalMs } : {}),
    },
    db: database.db,
    store,
    multipart,
    verifier,
    scanner,
  });
  await app.ready();
  const tokens = new Map<DemoUser, Promise<string>>();
  const token = (user: DemoUser) => {
    let t = tokens.get(user);
    if (!t) {
      t = loginWithPassword(idp.issuer, 'loket-portal', user, 'demo', 'http://localhost:5173/').then(
        (r) => r.accessToken,
      );
      tokens.set(user, t);
    }
    return t;
  };
  return {
    app,
    db: database.db,
    databaseUrl: database.databaseUrl,
    store,
    multipart,
    issuer: idp.issuer,
    mail,
    portalUrl,
    token,
    as: async (user) => ({ authorization: `Bearer ${await token(user)}` }),
    async scanned(applicationId) {
      for (let waited = 0; waited < 15_000; waited += 50) {
        const pending = await database.db.documentVersion.count({
          where: { scanStatus: 'pending', document: { applicationId } },
        });
        if (pending === 0) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('documents still pending a virus scan after 15 s');
    },
    async close() {
      await app.close();
      await clamd?.close();
      await mail?.close();
      await idp.close();
      await s3.close();
      await database.drop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A minimal valid PDF of about `size` bytes, different for each `seed`. */
export function samplePdf(seed = 'x', size = 2048): Buffer {
  const head = Buffer.from(`%PDF-1.4\n% ${seed}\n`);
  const body = Buffer.alloc(Math.max(0, size - head.length - 6), (seed.charCodeAt(0) % 26) + 97);
  return Buffer.concat([head, body, Buffer.from('\n%%EOF')]);
}

/** Builds a multipart/form-data body with a `type` field, any other `fields`, then a `file` part. */
export function multipart(
  type: string,
  fileName: string,
  content: Buffer,
  {
    fields = {},
    contentType = 'application/pdf',
  }: { fields?: Record<string, string>; contentType?: string } = {},
) {
  const boundary = `----loket${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(
      Object.entries({ type, ...fields })
        .map(
          ([name, value]) =>
            `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
        )
        .join(''),
    ),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
