import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ObjectStore } from './index.ts';
import { digestStream, GeneratedBody, incompleteUploads, MiB } from './testing-helpers.ts';
import { type StorageTestTarget, startTestTarget } from './testing-target.ts';

const SIZE = 100 * MiB;

// Runs against dev-s3, or against STORAGE_TEST_S3_ENDPOINT when set (see testing-target.ts).
let target: StorageTestTarget;
let BUCKET: string;
let store: ObjectStore;

beforeAll(async () => {
  target = await startTestTarget('storage-large');
  BUCKET = target.bucketName('loket-large');
  // Default configuration (16 MiB parts), as the API will run it.
  store = target.store(BUCKET);
  await store.ensureBucket();
});

afterAll(async () => {
  await target?.close();
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

it('streams a generated 100 MiB body up and back with matching sha256 (multipart)', async () => {
  const body = new GeneratedBody(SIZE, 64 * 1024, 42);
  const expected = body.sha256();

  const put = await measured(() =>
    store.putStream('large/scan-100mib.bin', body.stream(), { maxBytes: 200 * MiB }),
  );
  expect(put.value).toEqual({ sizeBytes: SIZE, sha256: expected });

  const get = await measured(async () => digestStream(await store.getStream('large/scan-100mib.bin')));
  expect(get.value).toEqual({ sha256: expected, bytes: SIZE });
  expect((await store.stat('large/scan-100mib.bin')).sizeBytes).toBe(SIZE);
  expect(await incompleteUploads(target.raw(), BUCKET)).toEqual([]);

  // An embedded dev-s3 runs in this same process, so RSS then covers client and server (an external
  // server's is not counted); RSS rarely shrinks, so the get phase starts from the put phase's
  // high-water mark.
  const mibps = (seconds: number) => (SIZE / MiB / seconds).toFixed(1);
  console.log(
    `${target.label}: 100 MiB put: ${put.seconds.toFixed(2)} s = ${mibps(put.seconds)} MiB/s ` +
      `(peak RSS ${put.peakRssMiB.toFixed(0)} MiB, +${put.peakRssGrowthMiB.toFixed(0)}); ` +
      `get: ${get.seconds.toFixed(2)} s = ${mibps(get.seconds)} MiB/s ` +
      `(peak RSS ${get.peakRssMiB.toFixed(0)} MiB, +${get.peakRssGrowthMiB.toFixed(0)})`,
  );
}, 60_000);
