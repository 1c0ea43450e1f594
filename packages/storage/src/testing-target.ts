import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDevS3 } from '@loket/dev-s3';
import type { Client } from 'minio';
import { createObjectStore, type ObjectStore, type ObjectStoreConfig } from './index.ts';
import { ACCESS_KEY, rawClient, SECRET_KEY } from './testing-helpers.ts';

/**
 * The S3 server a storage test file talks to:
 * - `embedded` (default): a fresh `@loket/dev-s3` (s3rver + shims) in a temporary directory. It
 *   never verifies signatures.
 * - `external`: the server at `STORAGE_TEST_S3_ENDPOINT` with `STORAGE_TEST_S3_ACCESS_KEY` /
 *   `STORAGE_TEST_S3_SECRET_KEY` (`pnpm test:storage-strict` starts Swift + s3api for this, see
 *   infra/swift/README.md). It may be shared and long-lived, so every bucket gets a unique name
 *   and is emptied and deleted when the file is done.
 */
export interface StorageTestTarget {
  readonly kind: 'embedded' | 'external';
  /** For test titles, e.g. "dev-s3" or "external S3 http://127.0.0.1:18080". */
  readonly label: string;
  readonly endpoint: string;
  readonly accessKey: string;
  readonly secretKey: string;
  /** Whether requests with a wrong secret key are rejected (dev-s3: never; see its README). */
  readonly checksSignatures: boolean;
  /** A bucket name for this file: `base` itself on a fresh embedded server, unique on external ones. */
  bucketName(base: string): string;
  /** An ObjectStore on `bucket` with the target's keys; `overrides` replace any config field. */
  store(bucket: string, overrides?: Partial<ObjectStoreConfig>): ObjectStore;
  /** A raw minio client with the target's keys, only to look behind the store (incomplete uploads). */
  raw(): Client;
  /** Empties and deletes the buckets named by bucketName (external), or stops dev-s3 (embedded). */
  close(): Promise<void>;
}

export const EXTERNAL_ENDPOINT_ENV = 'STORAGE_TEST_S3_ENDPOINT';

/** The external endpoint's settings when `STORAGE_TEST_S3_ENDPOINT` is set, else undefined. */
function externalSettings(): { endpoint: string; accessKey: string; secretKey: string } | undefined {
  const endpoint = process.env[EXTERNAL_ENDPOINT_ENV];
  if (!endpoint) return undefined;
  const accessKey = process.env.STORAGE_TEST_S3_ACCESS_KEY;
  const secretKey = process.env.STORAGE_TEST_S3_SECRET_KEY;
  if (!accessKey || !secretKey) {
    throw new Error(
      `${EXTERNAL_ENDPOINT_ENV} is set; STORAGE_TEST_S3_ACCESS_KEY and STORAGE_TEST_S3_SECRET_KEY are required too`,
    );
  }
  return { endpoint, accessKey, secretKey };
}

/** Which kind of target startTestTarget() will give, known before any server is started (for skipIf). */
export const targetKind: 'embedded' | 'external' = externalSettings() ? 'external' : 'embedded';

/** Starts (embedded) or connects to (external) the S3 server for one test file. */
export async function startTestTarget(name: string): Promise<StorageTestTarget> {
  const external = externalSettings();
  if (!external) {
    const dir = await mkdtemp(path.join(tmpdir(), `${name}-`));
    const s3 = await startDevS3({ directory: dir, accessKey: ACCESS_KEY, secretKey: SECRET_KEY });
    return makeTarget({
      kind: 'embedded',
      label: 'dev-s3',
      endpoint: s3.endpoint,
      accessKey: ACCESS_KEY,
      secretKey: SECRET_KEY,
      checksSignatures: false,
      bucketName: (base) => base,
      cleanup: async () => {
        await s3.close();
        await rm(dir, { recursive: true, force: true });
      },
    });
  }

  const suffix = randomBytes(4).toString('hex');
  const buckets = new Set<string>();
  const target: StorageTestTarget = makeTarget({
    kind: 'external',
    label: `external S3 ${external.endpoint}`,
    ...external,
    // The servers this is meant for (Swift + s3api, MinIO, AWS) all check signatures.
    checksSignatures: true,
    bucketName: (base) => {
      // S3 bucket names: at most 63 characters, lowercase letters, digits and hyphens.
      const bucket = `${base.slice(0, 63 - suffix.length - 1)}-${suffix}`;
      buckets.add(bucket);
      return bucket;
    },
    cleanup: async () => {
      const client = target.raw();
      for (const bucket of buckets) await deleteBucket(client, bucket);
    },
  });
  return target;
}

function makeTarget(options: {
  kind: StorageTestTarget['kind'];
  label: string;
  endpoint: string;
  accessKey: string;
  secretKey: string;
  checksSignatures: boolean;
  bucketName: (base: string) => string;
  cleanup: () => Promise<void>;
}): StorageTestTarget {
  const { kind, label, endpoint, accessKey, secretKey, checksSignatures, bucketName, cleanup } = options;
  return {
    kind,
    label,
    endpoint,
    accessKey,
    secretKey,
    checksSignatures,
    bucketName,
    store: (bucket, overrides = {}) =>
      createObjectStore({ endPoint: endpoint, accessKey, secretKey, bucket, ...overrides }),
    raw: () => rawClient(endpoint, accessKey, secretKey),
    close: cleanup,
  };
}

/** Aborts incomplete uploads, deletes every object, then the bucket; a missing bucket is fine. */
async function deleteBucket(client: Client, bucket: string): Promise<void> {
  if (!(await client.bucketExists(bucket))) return;
  for await (const upload of client.listIncompleteUploads(bucket, '', true)) {
    const { key, uploadId } = upload as { key: string; uploadId: string };
    await client.abortMultipartUpload(bucket, key, uploadId);
  }
  const keys: string[] = [];
  for await (const item of client.listObjectsV2(bucket, '', true)) {
    if (item.name !== undefined) keys.push(item.name);
  }
  for (const key of keys) await client.removeObject(bucket, key);
  await client.removeBucket(bucket);
}
