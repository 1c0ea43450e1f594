import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ObjectNotFoundError, type ObjectStore, StorageError } from './index.ts';
import { GeneratedBody, incompleteUploads, MiB } from './testing-helpers.ts';
import { type StorageTestTarget, startTestTarget, targetKind } from './testing-target.ts';

// Credentials that a real S3 server rejects. The wrong-secret cases need a server that verifies
// SigV4 signatures: dev-s3 (s3rver) never does and would store the object (see its README), so
// they run only against an external endpoint (`pnpm test:storage-strict`: Swift + s3api).
let target: StorageTestTarget;
let BUCKET: string;
let good: ObjectStore;
let wrongSecret: ObjectStore;

beforeAll(async () => {
  target = await startTestTarget('storage-signatures');
  BUCKET = target.bucketName('loket-signatures');
  good = target.store(BUCKET, { partSizeBytes: 5 * MiB });
  await good.ensureBucket();
  wrongSecret = target.store(BUCKET, { secretKey: `${target.secretKey}-wrong`, partSizeBytes: 5 * MiB });
});

afterAll(async () => {
  await target?.close();
});

// What a refused request can be reported as. HEAD answers (stat, exists) have no body, so the client
// sees only the status unless the server names the code in a header: Swift's s3api gives
// SignatureDoesNotMatch, dev-s3 InvalidAccessKeyId, a bare 403 becomes AccessDenied. Swift's tempauth
// also answers an unknown access key with SignatureDoesNotMatch (it has no InvalidAccessKeyId).
const REFUSED = ['SignatureDoesNotMatch', 'InvalidAccessKeyId', 'AccessDenied'];

/** The rejection of `promise`, failing the test if it resolved. */
async function rejection(promise: Promise<unknown>): Promise<StorageError> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`expected a rejection, got ${JSON.stringify(outcome.value)}`);
  expect(outcome.error).toBeInstanceOf(StorageError);
  return outcome.error as StorageError;
}

describe.skipIf(targetKind === 'embedded')('a wrong secret key (needs a signature-checking server)', () => {
  it('putStream is rejected with SignatureDoesNotMatch and stores nothing', async () => {
    const err = await rejection(wrongSecret.putStream('sig/small.pdf', Readable.from([Buffer.from('%PDF')])));
    expect(err.code).toBe('SignatureDoesNotMatch');
    expect(err.message).toBe('Object storage request failed (SignatureDoesNotMatch)');
    expect(await good.exists('sig/small.pdf')).toBe(false);
  });

  it('a multipart putStream is rejected before any part is stored', async () => {
    const source = new GeneratedBody(12 * MiB).stream();
    const err = await rejection(wrongSecret.putStream('sig/multi.bin', source));
    expect(err.code).toBe('SignatureDoesNotMatch');
    expect(source.destroyed).toBe(true);
    expect(await good.exists('sig/multi.bin')).toBe(false);
    expect(await incompleteUploads(target.raw(), BUCKET, 'sig/')).toEqual([]);
  });

  it('stat / exists / getStream fail with a StorageError, never "not found" or success', async () => {
    await good.putStream('sig/existing.txt', Readable.from([Buffer.from('kept')]));
    for (const key of ['sig/existing.txt', 'sig/missing.txt']) {
      const statErr = await rejection(wrongSecret.stat(key));
      expect(statErr).not.toBeInstanceOf(ObjectNotFoundError);
      expect(REFUSED).toContain(statErr.code);
      // exists() must not turn a credentials problem into "no such document".
      const existsErr = await rejection(wrongSecret.exists(key));
      expect(existsErr).not.toBeInstanceOf(ObjectNotFoundError);
      expect(REFUSED).toContain(existsErr.code);
    }
    const getErr = await rejection(wrongSecret.getStream('sig/existing.txt'));
    expect(getErr.code).toBe('SignatureDoesNotMatch');
  });

  it('remove, listKeys and ensureBucket are rejected; ping reports false', async () => {
    await good.putStream('sig/keep.txt', Readable.from([Buffer.from('keep')]));
    expect((await rejection(wrongSecret.remove('sig/keep.txt'))).code).toBe('SignatureDoesNotMatch');
    expect(await good.exists('sig/keep.txt')).toBe(true);
    const listing = wrongSecret.listKeys('sig/')[Symbol.asyncIterator]().next();
    expect((await rejection(listing)).code).toBe('SignatureDoesNotMatch');
    await rejection(wrongSecret.ensureBucket());
    expect(await wrongSecret.ping()).toBe(false);
    expect(await good.ping()).toBe(true);
  });
});

// dev-s3 checks the access key id (not the signature), so this part runs everywhere.
it('an unknown access key is refused and stores nothing', async () => {
  const stranger = target.store(BUCKET, { accessKey: 'nobody:stranger', partSizeBytes: 5 * MiB });
  const err = await rejection(stranger.putStream('sig/stranger.txt', Readable.from([Buffer.from('x')])));
  expect(REFUSED).toContain(err.code);
  expect(await good.exists('sig/stranger.txt')).toBe(false);
  // Refused at the multipart initiate: the source is destroyed by the time putStream rejects.
  const source = new GeneratedBody(12 * MiB).stream();
  expect(REFUSED).toContain((await rejection(stranger.putStream('sig/stranger.bin', source))).code);
  expect(source.destroyed).toBe(true);
  expect(await good.exists('sig/stranger.bin')).toBe(false);
  const statErr = await rejection(stranger.stat('sig/stranger.txt'));
  expect(statErr).not.toBeInstanceOf(ObjectNotFoundError);
  expect(REFUSED).toContain(statErr.code);
  await rejection(stranger.exists('sig/stranger.txt'));
});
