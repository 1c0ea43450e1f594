import { createHash } from 'node:crypto';
import { Client } from 'minio';
import { StorageError, toStorageError } from './errors.ts';
import { type ObjectStoreConfig, parseEndpoint } from './object-store.ts';
import { createTimeoutTransport } from './transport.ts';

/**
 * S3 multipart uploads as separate steps, for uploads that arrive over several requests (a
 * resumable upload keeps its upload id and parts in the database between them). `putStream` in
 * object-store.ts is the one-request path; this is the many-requests one. Same service, same
 * bucket, same error types.
 */
export interface MultipartStore {
  readonly bucket: string;
  /** The smallest part S3 accepts, except for the last one: 5 MiB. */
  readonly minPartBytes: number;
  /** The part size callers should cut uploads into (`partSizeBytes` of the config, default 16 MiB). */
  readonly partBytes: number;
  /** Starts a multipart upload of `key`; returns its upload id. */
  create(key: string, opts?: { contentType?: string }): Promise<string>;
  /**
   * Stores one part (1..10000). All parts but the last must be at least `minPartBytes`; sending
   * a part number again replaces that part. The caller holds the part in memory, so it sizes them.
   */
  uploadPart(key: string, uploadId: string, partNumber: number, data: Buffer): Promise<UploadedPart>;
  /** Parts stored so far, in part order, as the service reports them. */
  listParts(key: string, uploadId: string): Promise<UploadedPart[]>;
  /** Assembles the parts, in the order given, into the object `key`. */
  complete(key: string, uploadId: string, parts: readonly UploadedPart[]): Promise<void>;
  /** Discards the upload and its stored parts; an unknown or finished upload is not an error. */
  abort(key: string, uploadId: string): Promise<void>;
  /** Multipart uploads started and neither completed nor aborted, under `prefix`. */
  listIncomplete(prefix: string): AsyncIterable<IncompleteUpload>;
}

export interface UploadedPart {
  partNumber: number;
  etag: string;
  sizeBytes: number;
}

export interface IncompleteUpload {
  key: string;
  uploadId: string;
  /** When the upload was started, where the service says (S3 does); lets a reaper spare live uploads. */
  initiated?: Date;
}

const MiB = 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 30_000;

async function call<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (err) {
    throw toStorageError(err);
  }
}

function assertPartNumber(partNumber: number): void {
  if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > 10_000) {
    throw new RangeError('partNumber must be an integer from 1 to 10000');
  }
}

// minio's typings mark listParts protected; it is the documented S3 ListParts call all the same.
interface ListPartsClient {
  listParts(
    bucket: string,
    key: string,
    uploadId: string,
  ): Promise<{ part: number; etag: string; size: number }[]>;
}

/** A MultipartStore on the bucket and service of `config` (the same config as createObjectStore's). */
export function createMultipartStore(config: ObjectStoreConfig): MultipartStore {
  const { host, port, useSSL } = parseEndpoint(config.endPoint);
  const bucket = config.bucket;
  const partBytes = config.partSizeBytes ?? 16 * MiB;
  if (!Number.isSafeInteger(partBytes) || partBytes < 5 * MiB || partBytes > 5 * 1024 * MiB) {
    throw new RangeError('ObjectStoreConfig.partSizeBytes must be between 5 MiB and 5 GiB');
  }
  const client = new Client({
    endPoint: host,
    port,
    useSSL,
    accessKey: config.accessKey,
    secretKey: config.secretKey,
    pathStyle: true,
    transport: createTimeoutTransport(useSSL, config.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    ...(config.region ? { region: config.region } : {}),
  });

  return {
    bucket,
    minPartBytes: 5 * MiB,
    partBytes,

    create: (key, opts = {}) =>
      call(() =>
        client.initiateNewMultipartUpload(bucket, key, {
          'Content-Type': opts.contentType ?? 'application/octet-stream',
        }),
      ),

    async uploadPart(key, uploadId, partNumber, data) {
      assertPartNumber(partNumber);
      // As in putStream: over HTTPS minio sends UNSIGNED-PAYLOAD, so Content-MD5 is what lets the
      // service reject a part corrupted on the way.
      const headers: Record<string, string> = useSSL
        ? { 'Content-MD5': createHash('md5').update(data).digest('base64') }
        : {};
      const res = await call(() =>
        client.uploadPart(
          { bucketName: bucket, objectName: key, uploadID: uploadId, partNumber, headers },
          data,
        ),
      );
      return { partNumber, etag: res.etag, sizeBytes: data.length };
    },

    async listParts(key, uploadId) {
      const parts = await call(() => (client as unknown as ListPartsClient).listParts(bucket, key, uploadId));
      return parts
        .map((p) => ({ partNumber: p.part, etag: p.etag, sizeBytes: p.size }))
        .sort((a, b) => a.partNumber - b.partNumber);
    },

    async complete(key, uploadId, parts) {
      if (parts.length === 0) throw new StorageError('A multipart upload needs at least one part');
      await call(() =>
        client.completeMultipartUpload(
          bucket,
          key,
          uploadId,
          parts.map((p) => ({ part: p.partNumber, etag: p.etag })),
        ),
      );
    },

    async abort(key, uploadId) {
      try {
        await client.abortMultipartUpload(bucket, key, uploadId);
      } catch (err) {
        if ((err as { code?: unknown }).code === 'NoSuchUpload') return;
        throw toStorageError(err);
      }
    },

    async *listIncomplete(prefix) {
      const stream = client.listIncompleteUploads(bucket, prefix, true);
      try {
        for await (const item of stream) {
          const upload = item as { key?: string; uploadId?: string; initiated?: Date };
          if (upload.key && upload.uploadId) {
            const initiated =
              upload.initiated && !Number.isNaN(upload.initiated.getTime()) ? upload.initiated : undefined;
            yield { key: upload.key, uploadId: upload.uploadId, ...(initiated ? { initiated } : {}) };
          }
        }
      } catch (err) {
        throw toStorageError(err);
      } finally {
        stream.destroy();
      }
    },
  };
}
