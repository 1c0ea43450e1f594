import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type DevS3, startDevS3 } from '@loket/dev-s3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createObjectStore, type ObjectStore } from './index.ts';
import {
  ACCESS_KEY,
  digestStream,
  GeneratedBody,
  incompleteUploads,
  MiB,
  rawClient,
  SECRET_KEY,
} from './testing-helpers.ts';

const BUCKET = 'loket-large';
const SIZE = 100 * MiB;

let dir: string;
let s3: DevS3;
let store: ObjectStore;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'storage-large-'));
  s3 = await startDevS3({ directory: dir, accessKey: ACCESS_KEY, secretKey: SECRET_KEY });
  // Default configuration (16 MiB parts), as the API will run it.
  store = createObjectStore({
    endPoint: s3.endpoint,
    accessKey: ACCESS_KEY,
    secretKey: SECRET_KEY,
    bucket: BUCKET,
  });
  await store.ensureBucket();
});

afterAll(async () => {
  await s3?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Runs `fn` while sampling RSS, returning its result, duration and peak RSS (and its growth). */
async function measured<T>(
  fn: () => Promise<T>,
): Promise<{ value: T; seconds: number; peakRssMiB: number; peakRssGrowthMiB: number }> {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  try {
    const value = await fn();
    return {
      value,
      seconds: (performance.now() - started) / 1000,
      peakRssMiB: peak / MiB,
      peakRssGrowthMiB: (peak - baseline) / MiB,
    };
  } finally {
    clearInterval(sampler);
  }
}

it('streams a generated 100 MiB body up and back with matching sha256 (multipart through the shims)', async () => {
  const body = new GeneratedBody(SIZE, 64 * 1024, 42);
  const expected = body.sha256();

  const put = await measured(() =>
    store.putStream('large/scan-100mib.bin', body.stream(), { maxBytes: 200 * MiB }),
  );
  expect(put.value).toEqual({ sizeBytes: SIZE, sha256: expected });

  const get = await measured(async () => digestStream(await store.getStream('large/scan-100mib.bin')));
  expect(get.value).toEqual({ sha256: expected, bytes: SIZE });
  expect((await store.stat('large/scan-100mib.bin')).sizeBytes).toBe(SIZE);
  expect(await incompleteUploads(rawClient(s3.endpoint), BUCKET)).toEqual([]);

  // dev-s3 runs in this same process, so RSS covers client and server; RSS rarely shrinks, so the
  // get phase starts from the put phase's high-water mark.
  const mibps = (seconds: number) => (SIZE / MiB / seconds).toFixed(1);
  console.log(
    `100 MiB put: ${put.seconds.toFixed(2)} s = ${mibps(put.seconds)} MiB/s ` +
      `(peak RSS ${put.peakRssMiB.toFixed(0)} MiB, +${put.peakRssGrowthMiB.toFixed(0)}); ` +
      `get: ${get.seconds.toFixed(2)} s = ${mibps(get.seconds)} MiB/s ` +
      `(peak RSS ${get.peakRssMiB.toFixed(0)} MiB, +${get.peakRssGrowthMiB.toFixed(0)})`,
  );
}, 60_000);
