import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, type RunningPostgres, startEmbeddedPostgres } from '@loket/db';
import { type DevIdp, startDevIdp } from '@loket/dev-idp';
import { loginWithPassword } from '@loket/dev-idp/testing';
import { type DevS3, startDevS3 } from '@loket/dev-s3';
import { createObjectStore } from '@loket/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Platform, startPlatform } from './platform.ts';
import { isFree, portBlock } from './testing.ts';

/**
 * The swappable parts: with DATABASE_URL, S3_ENDPOINT (and its keys and bucket) and OIDC_ISSUER
 * set, the platform starts none of its own and migrates, seeds and serves from the ones named.
 * The "external" services here are separate servers of their own (a PostgreSQL cluster, the S3
 * server, the identity provider), started before the platform and unknown to it but for the URLs.
 */
const migrationsDir = resolve(fileURLToPath(new URL('../../db/prisma/migrations', import.meta.url)));

// Where the platform's own services would listen.
const base = portBlock(5);
const ports = { api: base, idp: base + 1, s3: base + 2, postgres: base + 3, mail: base + 4 };

const s3 = { accessKey: 'external-key', secretKey: 'external-secret', bucket: 'external-documents' };

let scratch: string;
let externalPostgres: RunningPostgres | undefined;
let externalS3: DevS3 | undefined;
let externalIdp: DevIdp | undefined;
let platform: Platform | undefined;
const log: string[] = [];

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'loket-external-'));
  await chmod(scratch, 0o755); // as root, PostgreSQL runs as `postgres` and must enter it
  externalPostgres = await startEmbeddedPostgres({
    dataDir: join(scratch, 'external-postgres'),
    database: 'permits',
    ephemeral: true,
  });
  // The S3 server accepts only these keys: the platform's development keys would be refused.
  externalS3 = await startDevS3({ directory: join(scratch, 'external-s3'), port: 0, ...s3 });
  externalIdp = await startDevIdp({ port: 0, host: 'localhost' });

  platform = await startPlatform({
    dataDir: join(scratch, 'platform'),
    ports,
    webApps: false,
    env: {
      DATABASE_URL: externalPostgres.databaseUrl,
      S3_ENDPOINT: externalS3.endpoint,
      S3_ACCESS_KEY: s3.accessKey,
      S3_SECRET_KEY: s3.secretKey,
      S3_BUCKET: s3.bucket,
      OIDC_ISSUER: externalIdp.issuer,
    },
    log: (line) => log.push(line),
  });
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  await externalIdp?.close();
  await externalS3?.close();
  await externalPostgres?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
}, 60_000);

describe('the platform with external services', () => {
  it('starts no PostgreSQL of its own and migrates and seeds the one DATABASE_URL names', async () => {
    expect(platform?.databaseUrl).toBe(externalPostgres?.databaseUrl);
    expect(log).not.toContain('starting embedded PostgreSQL');
    expect(existsSync(join(scratch, 'platform', 'postgres'))).toBe(false);
    expect(await isFree(ports.postgres)).toBe(true);

    const db = createDb(externalPostgres?.databaseUrl as string);
    try {
      const committed = (await readdir(migrationsDir, { withFileTypes: true })).filter((e) =>
        e.isDirectory(),
      );
      const applied = await db.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`;
      expect(applied.map((m) => m.migration_name)).toEqual(committed.map((e) => e.name).sort());
      // Reference data, the demo employers and the demo files.
      expect(await db.organisation.count({ where: { kind: 'residence_service' } })).toBe(1);
      expect(await db.organisation.count({ where: { kind: 'employer' } })).toBeGreaterThanOrEqual(2);
      expect(await db.application.count({ where: { createdBy: 'demo-seed' } })).toBe(4);
    } finally {
      await db.$disconnect();
    }

    const health = await fetch(`${platform?.urls.api}/health`);
    expect(await health.json()).toEqual({ status: 'ok', checks: { database: 'up', storage: 'up' } });
  });

  it('starts no object store of its own and keeps the documents in the bucket S3_ENDPOINT and S3_BUCKET name', async () => {
    expect(platform?.urls.s3).toBe(externalS3?.endpoint);
    expect(log).not.toContain('starting embedded object store');
    expect(existsSync(join(scratch, 'platform', 's3'))).toBe(false);
    expect(await isFree(ports.s3)).toBe(true);

    const store = createObjectStore({ endPoint: externalS3?.endpoint as string, ...s3, region: 'us-east-1' });
    const stored = new Set<string>();
    for await (const object of store.listKeys('')) stored.add(object.key);
    const db = createDb(platform?.databaseUrl as string);
    try {
      const versions = await db.documentVersion.findMany({ where: { uploadedBy: 'demo-seed' } });
      expect(versions.length).toBeGreaterThan(0);
      for (const version of versions) expect(stored).toContain(version.objectKey);
    } finally {
      await db.$disconnect();
    }
  });

  it('starts no identity provider of its own and accepts the tokens of the one OIDC_ISSUER names', async () => {
    expect(platform?.urls.idp).toBe(externalIdp?.issuer);
    expect(log).not.toContain('starting development identity provider');
    expect(await isFree(ports.idp)).toBe(true);

    const { accessToken } = await loginWithPassword(
      externalIdp?.issuer as string,
      'loket-portal',
      'anna',
      'demo',
      'http://localhost:5173/',
    );
    const me = await fetch(`${platform?.urls.api}/v1/me`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ roles: ['applicant'] });
  });
});
