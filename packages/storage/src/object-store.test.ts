import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Client } from 'minio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ObjectNotFoundError,
  type ObjectStore,
  ObjectTooLargeError,
  StorageError,
  UploadAbortedError,
} from './index.ts';
import { digestStream, GeneratedBody, incompleteUploads, MiB, readAll } from './testing-helpers.ts';
import { type StorageTestTarget, startTestTarget } from './testing-target.ts';

// Runs against dev-s3, or against STORAGE_TEST_S3_ENDPOINT when set (see testing-target.ts).
let target: StorageTestTarget;
let BUCKET: string;
let store: ObjectStore;
let raw: Client;

beforeAll(async () => {
  target = await startTestTarget('storage-test');
  BUCKET = target.bucketName('loket-documents');
  // 5 MiB parts (the S3 minimum) so multipart paths are exercised with a few MiB of data.
  store = target.store(BUCKET, { partSizeBytes: 5 * MiB });
  raw = target.raw();
});

afterAll(async () => {
  await target?.close();
});

describe('ensureBucket', () => {
  it('creates the bucket and is idempotent, also when racing itself', async () => {
    expect(await store.ping()).toBe(false);
    await store.ensureBucket();
    await store.ensureBucket();
    await Promise.all([store.ensureBucket(), store.ensureBucket()]);
    expect(await store.ping()).toBe(true);
  });
});

describe('putStream / getStream', () => {
  it('round-trips a small document with its sha256, size and content type', async () => {
    const content = Buffer.from('%PDF-1.7\nmedical certificate\n');
    const result = await store.putStream('app-1/medical.pdf', Readable.from([content]), {
      contentType: 'application/pdf',
    });
    expect(result).toEqual({
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
    });

    expect(await readAll(await store.getStream('app-1/medical.pdf'))).toEqual(content);
    const stat = await store.stat('app-1/medical.pdf');
    expect(stat).toMatchObject({ sizeBytes: content.length, contentType: 'application/pdf' });
    expect(stat.lastModified).toBeInstanceOf(Date);
    expect(Math.abs(stat.lastModified.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('round-trips multipart uploads, including an exact multiple of the part size', async () => {
    for (const size of [12 * MiB + 123, 10 * MiB]) {
      const body = new GeneratedBody(size, 64 * 1024, size);
      const result = await store.putStream(`app-2/scan-${size}.tiff`, body.stream());
      expect(result).toEqual({ sizeBytes: size, sha256: body.sha256() });
      const back = await digestStream(await store.getStream(`app-2/scan-${size}.tiff`));
      expect(back).toEqual({ sha256: body.sha256(), bytes: size });
      expect((await store.stat(`app-2/scan-${size}.tiff`)).contentType).toBe('application/octet-stream');
    }
    expect(await incompleteUploads(raw, BUCKET)).toEqual([]);
  });

  it('stores an empty stream as an empty object', async () => {
    const result = await store.putStream('app-1/empty.txt', Readable.from([]));
    expect(result).toEqual({
      sizeBytes: 0,
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    });
    expect((await store.stat('app-1/empty.txt')).sizeBytes).toBe(0);
  });

  it('reads byte ranges (inclusive end, like HTTP Range)', async () => {
    await store.putStream('app-1/range.txt', Readable.from([Buffer.from('0123456789')]));
    expect((await readAll(await store.getStream('app-1/range.txt', { start: 2, end: 4 }))).toString()).toBe(
      '234',
    );
    expect((await readAll(await store.getStream('app-1/range.txt', { start: 7 }))).toString()).toBe('789');
    await expect(store.getStream('app-1/range.txt', { start: 5, end: 4 })).rejects.toThrow(RangeError);
  });

  it('overwrites an existing key', async () => {
    await store.putStream('app-1/over.txt', Readable.from([Buffer.from('first')]));
    await store.putStream('app-1/over.txt', Readable.from([Buffer.from('second')]));
    expect((await readAll(await store.getStream('app-1/over.txt'))).toString()).toBe('second');
  });
});

describe('failed uploads leave nothing behind', () => {
  it('maxBytes exceeded on a small upload -> ObjectTooLargeError, no object, source destroyed', async () => {
    const source = new GeneratedBody(1 * MiB).stream();
    const err = await store
      .putStream('app-3/too-big-small.pdf', source, { maxBytes: 100 * 1024 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ObjectTooLargeError);
    expect(err).toMatchObject({ maxBytes: 100 * 1024, code: 'ObjectTooLarge' });
    expect(source.destroyed).toBe(true);
    expect(await store.exists('app-3/too-big-small.pdf')).toBe(false);
  });

  it('maxBytes exceeded after several parts -> ObjectTooLargeError, multipart upload aborted', async () => {
    const source = new GeneratedBody(40 * MiB).stream();
    const err = await store
      .putStream('app-3/too-big-multi.pdf', source, { maxBytes: 17 * MiB })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ObjectTooLargeError);
    expect(source.destroyed).toBe(true);
    expect(await store.exists('app-3/too-big-multi.pdf')).toBe(false);
    expect(await incompleteUploads(raw, BUCKET, 'app-3/')).toEqual([]);
  });

  it('a size exactly at maxBytes is accepted', async () => {
    const body = new GeneratedBody(6 * MiB);
    const result = await store.putStream('app-3/exact.pdf', body.stream(), { maxBytes: 6 * MiB });
    expect(result.sizeBytes).toBe(6 * MiB);
  });

  it('source error before the first part -> UploadAbortedError, nothing sent', async () => {
    const failure = new Error('client went away');
    const err = await store
      .putStream(
        'app-4/broken-small.pdf',
        new GeneratedBody(2 * MiB).stream({ afterBytes: MiB, error: failure }),
      )
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UploadAbortedError);
    expect((err as Error).cause).toBe(failure);
    expect(await store.exists('app-4/broken-small.pdf')).toBe(false);
  });

  it('source error midway through a multipart upload -> UploadAbortedError, upload aborted', async () => {
    const err = await store
      .putStream(
        'app-4/broken-multi.pdf',
        new GeneratedBody(30 * MiB).stream({
          afterBytes: 13 * MiB,
          error: new Error('ECONNRESET from client'),
        }),
      )
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UploadAbortedError);
    expect(await store.exists('app-4/broken-multi.pdf')).toBe(false);
    expect(await incompleteUploads(raw, BUCKET, 'app-4/')).toEqual([]);
  });

  it('source closed early without an error (aborted request) -> UploadAbortedError', async () => {
    const err = await store
      .putStream('app-4/closed.pdf', new GeneratedBody(20 * MiB).stream({ afterBytes: 7 * MiB }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UploadAbortedError);
    expect(await store.exists('app-4/closed.pdf')).toBe(false);
    expect(await incompleteUploads(raw, BUCKET, 'app-4/')).toEqual([]);
  });

  it('invalid keys fail before the body is read', async () => {
    const source = Readable.from([Buffer.from('x')]);
    await expect(store.putStream('', source)).rejects.toBeInstanceOf(StorageError);
    expect(source.readableDidRead).toBe(false);
  });
});

describe('stat / exists / remove / listKeys', () => {
  it('stat of a missing key -> ObjectNotFoundError; getStream too', async () => {
    await expect(store.stat('nope/missing.pdf')).rejects.toBeInstanceOf(ObjectNotFoundError);
    await expect(store.getStream('nope/missing.pdf')).rejects.toBeInstanceOf(ObjectNotFoundError);
    expect(await store.exists('nope/missing.pdf')).toBe(false);
  });

  it('errors do not echo the object key', async () => {
    const err = (await store.stat('nope/jansen-passport.pdf').catch((e: unknown) => e)) as Error;
    expect(`${err.message} ${JSON.stringify(err)} ${String(err.cause ?? '')}`).not.toMatch(/jansen/);
  });

  it('remove deletes and tolerates missing keys', async () => {
    await store.putStream('app-5/remove-me.txt', Readable.from([Buffer.from('bye')]));
    expect(await store.exists('app-5/remove-me.txt')).toBe(true);
    await store.remove('app-5/remove-me.txt');
    expect(await store.exists('app-5/remove-me.txt')).toBe(false);
    await store.remove('app-5/remove-me.txt');
  });

  it('listKeys yields every object under a prefix, and only those', async () => {
    const keys = ['app-6/a.pdf', 'app-6/b/c.pdf', 'app-6/b/d.pdf', 'app-60/not-mine.pdf'];
    for (const [i, key] of keys.entries()) {
      await store.putStream(key, Readable.from([Buffer.alloc(i + 1, 1)]));
    }
    const listed = [];
    for await (const item of store.listKeys('app-6/')) listed.push(item);
    expect(listed.map((i) => [i.key, i.sizeBytes])).toEqual([
      ['app-6/a.pdf', 1],
      ['app-6/b/c.pdf', 2],
      ['app-6/b/d.pdf', 3],
    ]);
    expect(
      listed.every((i) => i.lastModified instanceof Date && !Number.isNaN(i.lastModified.getTime())),
    ).toBe(true);
    const none = [];
    for await (const item of store.listKeys('does-not-exist/')) none.push(item);
    expect(none).toEqual([]);
  });
});
