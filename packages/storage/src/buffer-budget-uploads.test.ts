import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ObjectStore } from './object-store.ts';
import { type StorageTestTarget, startTestTarget } from './testing-target.ts';

const MiB = 1024 * 1024;
let target: StorageTestTarget;
let store: ObjectStore;

beforeAll(async () => {
  target = await startTestTarget('storage-budget');
  // A budget of one part: concurrent uploads must take turns, and still all finish.
  store = target.store(target.bucketName('loket-budget'), {
    partSizeBytes: 5 * MiB,
    bufferBudgetBytes: 5 * MiB,
  });
  await store.ensureBucket();
});

afterAll(async () => {
  await target?.close();
});

describe('a buffer budget shared by concurrent uploads', () => {
  it('lets every upload finish with its own bytes, one part buffer at a time', async () => {
    const files = Array.from({ length: 4 }, () => randomBytes(12 * MiB));
    const results = await Promise.all(
      files.map((f, i) =>
        store.putStream(`budget/${i}`, Readable.from([f.subarray(0, 6 * MiB), f.subarray(6 * MiB)])),
      ),
    );
    results.forEach((r, i) => {
      expect(r.sha256).toBe(
        createHash('sha256')
          .update(files[i] as Buffer)
          .digest('hex'),
      );
    });
  }, 60_000);

  it('gives the budget back when an upload fails, so the next one is not stuck', async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.alloc(MiB));
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(store.putStream('budget/failing', failing)).rejects.toThrow();
    const ok = await store.putStream('budget/after', Readable.from([randomBytes(7 * MiB)]));
    expect(ok.sizeBytes).toBe(7 * MiB);
  }, 30_000);
});
