import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { seedDemoData, seedReferenceData } from '@loket/db';
import { createTestDatabase, type TestDatabase } from '@loket/db/testing';
import { type DevIdp, startDevIdp } from '@loket/dev-idp';
import { loginWithPassword } from '@loket/dev-idp/testing';
import { type DevS3, startDevS3 } from '@loket/dev-s3';
import {
  createMultipartStore,
  createObjectStore,
  type MultipartStore,
  type ObjectStore,
} from '@loket/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart, samplePdf } from '../../testing/harness.ts';
import { createReaper } from './reaper.service.ts';

const keys = { accessKey: 'loket', secretKey: 'loket-dev-secret', bucket: 'loket-reaper' };
let dir: string;
let database: TestDatabase;
let s3: DevS3;
let idp: DevIdp;
let store: ObjectStore;
let parts: MultipartStore;
let api: ChildProcess | undefined;
let apiUrl: string;
let token: string;

async function startApiProcess() {
  // Below Linux's ephemeral range (32768-60999), which connections' client sides take.
  const port = 20_000 + Math.floor(Math.random() * 12_000);
  api = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../../server.ts')], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: database.databaseUrl,
      S3_ENDPOINT: s3.endpoint,
      S3_ACCESS_KEY: keys.accessKey,
      S3_SECRET_KEY: keys.secretKey,
      S3_BUCKET: keys.bucket,
      OIDC_ISSUER: idp.issuer,
      LOG_LEVEL: 'silent',
    },
    stdio: 'ignore',
  });
  apiUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    if (
      await fetch(`${apiUrl}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the API did not start');
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loket-reaper-'));
  database = await createTestDatabase();
  await seedReferenceData(database.db);
  await seedDemoData(database.db);
  s3 = await startDevS3({
    directory: join(dir, 's3'),
    port: 0,
    accessKey: keys.accessKey,
    secretKey: keys.secretKey,
  });
  idp = await startDevIdp({ port: 0 });
  const config = { endPoint: s3.endpoint, ...keys, partSizeBytes: 5 * 1024 * 1024 };
  store = createObjectStore(config);
  parts = createMultipartStore(config);
  await startApiProcess();
  token = (await loginWithPassword(idp.issuer, 'loket-portal', 'anna', 'demo', 'http://localhost:5173/'))
    .accessToken;
}, 60_000);

afterAll(async () => {
  api?.kill('SIGKILL');
  await idp?.close();
  await s3?.close();
  await database?.drop();
  await rm(dir, { recursive: true, force: true });
});

async function createDraft(): Promise<string> {
  const employers = (await (
    await fetch(`${apiUrl}/v1/employers`, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as {
    items: { id: string }[];
  };
  const res = await fetch(`${apiUrl}/v1/applications`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ employerId: employers.items[0]?.id }),
  });
  return ((await res.json()) as { id: string }).id;
}

async function listAll(prefix: string) {
  const objects: string[] = [];
  for await (const o of store.listKeys(prefix)) objects.push(o.key);
  const incomplete: string[] = [];
  for await (const u of parts.listIncomplete(prefix)) incomplete.push(u.uploadId);
  return { objects, incomplete };
}

describe('after a crash', () => {
  it('leaves no row without its object, and the reaper removes every object and upload without a row', async () => {
    const applicationId = await createDraft();
    const prefix = `applications/${applicationId}/`;

    // A document that completed before the crash must survive everything below.
    const kept = multipart('passport', 'passport.pdf', samplePdf('kept'));
    const keptRes = await fetch(`${apiUrl}/v1/applications/${applicationId}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, ...kept.headers },
      body: kept.payload,
    });
    expect(keptRes.status).toBe(201);

    // A 40 MB upload is under way (parts already in the store) when the API process is killed.
    const big = multipart('diploma', 'diploma.pdf', samplePdf('big', 40 * 1024 * 1024));
    const socket = connect(Number(new URL(apiUrl).port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.on('error', () => undefined);
    socket.write(
      [
        `POST /v1/applications/${applicationId}/documents HTTP/1.1`,
        'Host: 127.0.0.1',
        `Authorization: Bearer ${token}`,
        `Content-Type: ${big.headers['content-type']}`,
        `Content-Length: ${big.payload.length}`,
        '',
        '',
      ].join('\r\n'),
    );
    socket.write(big.payload.subarray(0, 20 * 1024 * 1024));
    for (let i = 0; i < 100 && (await listAll(prefix)).incomplete.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    api?.kill('SIGKILL');
    socket.destroy();
    await new Promise((r) => setTimeout(r, 300));

    // A crash between "object stored" and "row written" leaves an object without a row.
    const orphanKey = `${prefix}documents/${randomUUID()}`;
    await store.putStream(orphanKey, Readable.from([samplePdf('orphan')]));

    const rows = await database.db.documentVersion.findMany({ where: { document: { applicationId } } });
    expect(rows).toHaveLength(1);
    const before = await listAll(prefix);
    expect(before.objects).toContain(rows[0]?.objectKey);
    expect(before.objects).toContain(orphanKey);
    expect(before.incomplete.length).toBeGreaterThan(0);
    // No row without its object:
    for (const row of rows) expect(before.objects).toContain(row.objectKey);

    const reaper = createReaper({ db: database.db, store, multipart: parts, graceMs: 0 });
    const result = await reaper.run();
    expect(result.orphanObjectsRemoved).toBe(1);
    expect(result.abandonedUploadsAborted).toBeGreaterThan(0);

    const after = await listAll(prefix);
    expect(after).toEqual({ objects: [rows[0]?.objectKey], incomplete: [] });

    // And the API comes back and serves the document that had completed, byte for byte.
    await startApiProcess();
    const download = await fetch(
      `${apiUrl}/v1/applications/${applicationId}/document-versions/${rows[0]?.id}/content`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(samplePdf('kept'))).toBe(true);

    // The whole bucket now holds exactly the objects the version rows name: no row without its
    // object, no object without its row, no upload left open.
    const everyRow = await database.db.documentVersion.findMany({ select: { objectKey: true } });
    const everything = await listAll('');
    expect({ objects: everything.objects.sort(), incomplete: everything.incomplete }).toEqual({
      objects: everyRow.map((r) => r.objectKey).sort(),
      incomplete: [],
    });
  }, 90_000);

  it('spares objects and uploads younger than the grace period', async () => {
    const key = `applications/${randomUUID()}/documents/${randomUUID()}`;
    await store.putStream(key, Readable.from([samplePdf('fresh')]));
    const uploadId = await parts.create(`applications/${randomUUID()}/documents/${randomUUID()}`);
    const reaper = createReaper({ db: database.db, store, multipart: parts, graceMs: 60 * 60 * 1000 });
    expect(await reaper.run()).toEqual({ orphanObjectsRemoved: 0, abandonedUploadsAborted: 0 });
    const live = createReaper({
      db: database.db,
      store,
      multipart: parts,
      graceMs: 0,
      liveUploadIds: async () => new Set([uploadId]),
    });
    const result = await live.run();
    expect(result.abandonedUploadsAborted).toBe(0);
    expect(result.orphanObjectsRemoved).toBe(1);
  });
});
