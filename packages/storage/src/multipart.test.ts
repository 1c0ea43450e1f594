import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type DevS3, startDevS3 } from '@loket/dev-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMultipartStore, createObjectStore, type MultipartStore, type ObjectStore } from './index.ts';

const MiB = 1024 * 1024;
let dir: string;
let s3: DevS3;
let store: ObjectStore;
let multipart: MultipartStore;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'storage-multipart-'));
  s3 = await startDevS3({ directory: dir });
  const config = { endPoint: s3.endpoint, accessKey: 'k', secretKey: 's', bucket: 'multipart' };
  store = createObjectStore(config);
  multipart = createMultipartStore(config);
  await store.ensureBucket();
});

afterAll(async () => {
  await s3?.close();
  await rm(dir, { recursive: true, force: true });
});

async function incomplete(prefix: string) {
  const out: string[] = [];
  for await (const u of multipart.listIncomplete(prefix)) out.push(u.key);
  return out;
}

async function sha256Of(key: string) {
  const hash = createHash('sha256');
  for await (const chunk of await store.getStream(key)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

describe('MultipartStore', () => {
  it('stores parts over separate calls, lists them and assembles them in order', async () => {
    const key = 'steps/a.pdf';
    const uploadId = await multipart.create(key, { contentType: 'application/pdf' });
    expect(await incomplete('steps/')).toEqual([key]);
    const first = Buffer.alloc(5 * MiB, 1);
    const second = Buffer.alloc(1234, 2);
    const p1 = await multipart.uploadPart(key, uploadId, 1, first);
    const p2 = await multipart.uploadPart(key, uploadId, 2, second);
    expect(p1).toMatchObject({ partNumber: 1, sizeBytes: 5 * MiB });
    expect((await multipart.listParts(key, uploadId)).map((p) => [p.partNumber, p.sizeBytes])).toEqual([
      [1, 5 * MiB],
      [2, 1234],
    ]);
    await multipart.complete(key, uploadId, [p1, p2]);
    expect(await incomplete('steps/')).toEqual([]);
    expect(await sha256Of(key)).toBe(createHash('sha256').update(first).update(second).digest('hex'));
    expect((await store.stat(key)).contentType).toBe('application/pdf');
  });

  it('aborts an upload (and answers an unknown one without error)', async () => {
    const key = 'steps/b.pdf';
    const uploadId = await multipart.create(key);
    await multipart.uploadPart(key, uploadId, 1, Buffer.alloc(100, 3));
    await multipart.abort(key, uploadId);
    expect(await incomplete('steps/b')).toEqual([]);
    expect(await store.exists(key)).toBe(false);
    await expect(multipart.abort(key, uploadId)).resolves.toBeUndefined();
  });

  it('refuses part numbers outside 1..10000 before sending anything', async () => {
    await expect(multipart.uploadPart('x', 'y', 0, Buffer.alloc(1))).rejects.toBeInstanceOf(RangeError);
    await expect(multipart.uploadPart('x', 'y', 10_001, Buffer.alloc(1))).rejects.toBeInstanceOf(RangeError);
  });
});
