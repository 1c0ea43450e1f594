import { createHash } from 'node:crypto';
import { PassThrough, pipeline, type Readable } from 'node:stream';
import { Client } from 'minio';
import { type BufferBudget, createBufferBudget } from './buffer-budget.ts';
import { DigestMeter } from './digest-meter.ts';
import {
  ObjectNotFoundError,
  ObjectTooLargeError,
  StorageError,
  StorageUnavailableError,
  toStorageError,
  UploadAbortedError,
} from './errors.ts';
import { createTimeoutTransport } from './transport.ts';

export interface ObjectStoreConfig {
  /** Base URL of the S3 service, e.g. http://127.0.0.1:4002 or https://s3.eu-central-1.amazonaws.com. */
  endPoint: string;
  accessKey: string;
  secretKey: string;
  bucket: string;
  /** Signing region; when omitted minio asks the service for the bucket's location once. */
  region?: string;
  /** Multipart part size (S3 minimum 5 MiB). An upload holds at most two parts in memory. Default 16 MiB. */
  partSizeBytes?: number;
  /**
   * Most bytes that part buffers of all concurrent uploads of this store may hold together; an
   * upload over it waits (its sender is slowed by TCP). Default: unbounded.
   */
  bufferBudgetBytes?: number;
  /** Idle timeout of every request, connect included, in ms. Default 30 s. */
  timeoutMs?: number;
}

export interface PutStreamOptions {
  contentType?: string;
  /** Uploads larger than this are rejected with ObjectTooLargeError and not kept. */
  maxBytes?: number;
}

export interface PutStreamResult {
  sizeBytes: number;
  /** Hex SHA-256 of the bytes stored. */
  sha256: string;
}

/** Inclusive byte range, as in an HTTP Range header: `{ start: 0, end: 99 }` is the first 100 bytes. */
export interface ByteRange {
  start: number;
  /** Last byte (inclusive); omitted means up to the end of the object. */
  end?: number;
}

export interface ObjectInfo {
  sizeBytes: number;
  contentType?: string;
  lastModified: Date;
}

export interface ListedObject {
  key: string;
  lastModified: Date;
  sizeBytes: number;
}

export interface ObjectStore {
  readonly bucket: string;
  /** Creates the bucket if it does not exist yet; safe to call on every start. */
  ensureBucket(): Promise<void>;
  /**
   * Streams `body` into `key`, hashing and counting on the way. On ObjectTooLargeError,
   * UploadAbortedError or a storage failure nothing new remains under `key` and `body` is destroyed.
   */
  putStream(key: string, body: Readable, opts?: PutStreamOptions): Promise<PutStreamResult>;
  /** Streams the object (or a byte range of it); throws ObjectNotFoundError before any byte is read. */
  getStream(key: string, range?: ByteRange): Promise<Readable>;
  /** Size, content type and modification time of an object; throws ObjectNotFoundError. */
  stat(key: string): Promise<ObjectInfo>;
  /** Deletes an object; deleting a missing key is not an error. */
  remove(key: string): Promise<void>;
  /** Whether an object exists under `key`. */
  exists(key: string): Promise<boolean>;
  /** Every object whose key starts with `prefix`, in key order, fetched page by page. */
  listKeys(prefix: string): AsyncIterable<ListedObject>;
  /** True when the service answers and the bucket exists; never throws (for health checks). */
  ping(): Promise<boolean>;
}

const MiB = 1024 * 1024;
const DEFAULT_PART_SIZE = 16 * MiB;
const DEFAULT_TIMEOUT_MS = 30_000;
const EMPTY = Buffer.alloc(0);

interface Part {
  data: Buffer;
  /** The source has ended: no data follows this part. */
  last: boolean;
}

/**
 * Cuts a byte stream into parts of exactly `partSize` bytes (S3 requires all but the last part
 * to be at least 5 MiB, and equal sizes keep memory predictable).
 */
class PartReader {
  readonly #iterator: AsyncIterator<Buffer>;
  readonly #partSize: number;
  readonly #budget: BufferBudget | undefined;
  #carry: Buffer | undefined;
  #ended = false;
  #first = true;

  constructor(source: Readable, partSize: number, budget?: BufferBudget) {
    this.#iterator = source[Symbol.asyncIterator]();
    this.#partSize = partSize;
    this.#budget = budget;
  }

  /** The next part, with the function that gives its buffer's bytes back to the budget. */
  async next(): Promise<Part & { release: () => void }> {
    if (this.#ended) return { data: EMPTY, last: true, release: () => {} };
    const release = this.#budget ? await this.#budget.acquire(this.#partSize) : () => {};
    try {
      return { ...(await this.#read()), release };
    } catch (err) {
      release();
      throw err;
    }
  }

  async #read(): Promise<Part> {
    // The first part may be the whole (small) file, so it grows with the data; once an upload is
    // known to be multipart, each part is a single buffer filled in place (no concat copy).
    const target = this.#first ? undefined : Buffer.allocUnsafe(this.#partSize);
    const chunks: Buffer[] = [];
    let filled = 0;
    while (filled < this.#partSize) {
      let chunk = this.#carry;
      this.#carry = undefined;
      if (!chunk) {
        let step: IteratorResult<Buffer>;
        try {
          step = await this.#iterator.next();
        } catch (err) {
          throw err instanceof ObjectTooLargeError ? err : new UploadAbortedError(err);
        }
        if (step.done) {
          this.#ended = true;
          break;
        }
        chunk = step.value;
      }
      const take = Math.min(chunk.length, this.#partSize - filled);
      if (take < chunk.length) this.#carry = chunk.subarray(take);
      const piece = take < chunk.length ? chunk.subarray(0, take) : chunk;
      if (target) piece.copy(target, filled);
      else chunks.push(piece);
      filled += take;
    }
    this.#first = false;
    const data = target ? target.subarray(0, filled) : Buffer.concat(chunks, filled);
    return { data, last: this.#ended };
  }
}

export function parseEndpoint(endPoint: string): { host: string; port: number; useSSL: boolean } {
  let url: URL;
  try {
    url = new URL(endPoint);
  } catch {
    throw new TypeError('ObjectStoreConfig.endPoint must be a URL such as http://127.0.0.1:4002');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError('ObjectStoreConfig.endPoint must use http: or https:');
  }
  if (url.pathname !== '/' && url.pathname !== '') {
    throw new TypeError('ObjectStoreConfig.endPoint must not contain a path');
  }
  const useSSL = url.protocol === 'https:';
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return { host, port: url.port ? Number(url.port) : useSSL ? 443 : 80, useSSL };
}

// Checked before the body is touched, so a bad key fails fast instead of after reading a part.
function assertKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0 || Buffer.byteLength(key) > 1024) {
    throw new StorageError('Invalid object key (must be 1-1024 bytes)', { code: 'InvalidKey' });
  }
}

// Failures after which a write request may or may not have taken effect. A refused or unresolved
// connection never carried the request, and an S3 error answer means it was rejected, so in
// those cases an object already under the key is left alone.
const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
function outcomeUnknown(err: StorageError): boolean {
  return err instanceof StorageUnavailableError && !NEVER_CONNECTED.has(err.code ?? '');
}

async function call<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (err) {
    throw toStorageError(err);
  }
}

/** Creates an ObjectStore for one bucket on an S3-compatible service. */
export function createObjectStore(config: ObjectStoreConfig): ObjectStore {
  const { host, port, useSSL } = parseEndpoint(config.endPoint);
  const partSize = config.partSizeBytes ?? DEFAULT_PART_SIZE;
  const budget = config.bufferBudgetBytes ? createBufferBudget(config.bufferBudgetBytes) : undefined;
  if (!Number.isSafeInteger(partSize) || partSize < 5 * MiB || partSize > 5 * 1024 * MiB) {
    throw new RangeError('ObjectStoreConfig.partSizeBytes must be between 5 MiB and 5 GiB');
  }
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const bucket = config.bucket;

  const client = new Client({
    endPoint: host,
    port,
    useSSL,
    accessKey: config.accessKey,
    secretKey: config.secretKey,
    pathStyle: true,
    partSize,
    transport: createTimeoutTransport(useSSL, timeoutMs),
    ...(config.region ? { region: config.region } : {}),
  });

  async function uploadPart(key: string, uploadId: string, partNumber: number, data: Buffer) {
    // Over plain HTTP minio signs each part's SHA-256, which the service verifies; over HTTPS it
    // sends UNSIGNED-PAYLOAD, so a Content-MD5 is what lets the service reject a corrupted part.
    const headers: Record<string, string> = useSSL
      ? { 'Content-MD5': createHash('md5').update(data).digest('base64') }
      : {};
    const res = await call(() =>
      client.uploadPart(
        { bucketName: bucket, objectName: key, uploadID: uploadId, partNumber, headers },
        data,
      ),
    );
    return { part: partNumber, etag: res.etag };
  }

  async function putStream(
    key: string,
    body: Readable,
    opts: PutStreamOptions = {},
  ): Promise<PutStreamResult> {
    assertKey(key);
    const { maxBytes } = opts;
    if (maxBytes !== undefined && (!Number.isSafeInteger(maxBytes) || maxBytes < 0)) {
      throw new RangeError('maxBytes must be a non-negative integer');
    }
    const headers = { 'Content-Type': opts.contentType ?? 'application/octet-stream' };

    const meter = new DigestMeter(maxBytes);
    // pipeline wires failure both ways: a source error or premature close fails the meter (and
    // so the next read below), and destroying the meter (limit hit, storage failure) destroys
    // the source so an HTTP request body stops being read.
    pipeline(body, meter, () => {});
    const reader = new PartReader(meter, partSize, budget);
    // Every part's buffer goes back to the budget when its request settles, or at the end.
    const held = new Set<() => void>();
    const track = (part: { release: () => void }) => {
      held.add(part.release);
      return () => {
        part.release();
        held.delete(part.release);
      };
    };

    let uploadId: string | undefined;
    // Set once a request that can create the object (single PUT or complete) has been sent: if
    // the connection then fails we cannot know whether the object was stored, so it is removed.
    let mayHaveWritten = false;
    const result = (): PutStreamResult => ({ sizeBytes: meter.bytes, sha256: meter.digestHex() });

    try {
      let current = await reader.next();
      let releaseCurrent = track(current);
      if (current.last) {
        // Fits in one part: a single PUT is atomic, so a failing source never reaches the service.
        mayHaveWritten = true;
        const single = current;
        await call(() => client.putObject(bucket, key, single.data, single.data.length, headers)).finally(
          releaseCurrent,
        );
        return result();
      }

      // minio's own putObject is not used for multipart: when the source stream errors it never
      // settles (the error is not forwarded to its chunker), never aborts the upload, hides the
      // upload id, and silently resumes any older incomplete upload of the same key.
      uploadId = await call(() => client.initiateNewMultipartUpload(bucket, key, headers));
      const activeUploadId = uploadId;
      const etags: { part: number; etag: string }[] = [];
      let partNumber = 1;
      for (;;) {
        const uploading = uploadPart(key, activeUploadId, partNumber, current.data).finally(releaseCurrent);
        // Stop reading the source as soon as the storage side fails.
        uploading.catch(() => meter.destroy());
        // Read the next part while this one is on the wire; both are settled before going on, so
        // no request is still in flight when an abort is sent.
        const [uploaded, next] = await Promise.allSettled([uploading, reader.next()]);
        if (uploaded.status === 'rejected') throw uploaded.reason;
        if (next.status === 'rejected') throw next.reason;
        etags.push(uploaded.value);
        partNumber += 1;
        current = next.value;
        releaseCurrent = track(current);
        if (current.last) {
          if (current.data.length > 0)
            etags.push(
              await uploadPart(key, activeUploadId, partNumber, current.data).finally(releaseCurrent),
            );
          releaseCurrent();
          break;
        }
      }

      mayHaveWritten = true;
      await call(() => client.completeMultipartUpload(bucket, key, activeUploadId, etags));
      uploadId = undefined;
      return result();
    } catch (err) {
      for (const release of held) release();
      meter.destroy();
      // pipeline() destroys the source as well, but only on a later tick; callers are promised a
      // destroyed body once this rejects (seen with a multipart upload whose initiate was refused).
      body.destroy();
      const failure = err instanceof StorageError ? err : toStorageError(err);
      if (uploadId !== undefined) {
        const abortId = uploadId;
        await client.abortMultipartUpload(bucket, key, abortId).catch(() => {});
      }
      if (mayHaveWritten && outcomeUnknown(failure)) {
        await client.removeObject(bucket, key).catch(() => {});
      }
      throw failure;
    }
  }

  async function getStream(key: string, range?: ByteRange): Promise<Readable> {
    assertKey(key);
    let offset = 0;
    let length = 0;
    if (range) {
      const { start, end } = range;
      if (
        !Number.isSafeInteger(start) ||
        start < 0 ||
        (end !== undefined && (!Number.isSafeInteger(end) || end < start))
      ) {
        throw new RangeError('Invalid byte range');
      }
      offset = start;
      length = end === undefined ? 0 : end - start + 1;
    }
    // minio treats offset 0 + length 0 as "no Range header"; `bytes=0-` would be the same object.
    const response = await call(() => client.getPartialObject(bucket, key, offset, length));
    // The raw response's errors (socket resets, timeouts) would surface with host details and no
    // useful type; re-emit them as StorageErrors and release the socket if the reader gives up.
    const out = new PassThrough();
    response.on('error', (err) => out.destroy(toStorageError(err)));
    out.on('close', () => {
      if (!response.readableEnded) response.destroy();
    });
    response.pipe(out);
    return out;
  }

  async function stat(key: string): Promise<ObjectInfo> {
    assertKey(key);
    const info = await call(() => client.statObject(bucket, key));
    const contentType = info.metaData['content-type'];
    return {
      sizeBytes: info.size,
      lastModified: info.lastModified,
      ...(typeof contentType === 'string' ? { contentType } : {}),
    };
  }

  async function remove(key: string): Promise<void> {
    assertKey(key);
    await call(() => client.removeObject(bucket, key));
  }

  async function exists(key: string): Promise<boolean> {
    try {
      await stat(key);
      return true;
    } catch (err) {
      if (err instanceof ObjectNotFoundError) return false;
      throw err;
    }
  }

  async function* listKeys(prefix: string): AsyncIterable<ListedObject> {
    const stream = client.listObjectsV2(bucket, prefix, true);
    try {
      for await (const item of stream) {
        if (item.name === undefined) continue;
        yield { key: item.name, lastModified: new Date(item.lastModified), sizeBytes: item.size };
      }
    } catch (err) {
      throw toStorageError(err);
    } finally {
      stream.destroy();
    }
  }

  async function ensureBucket(): Promise<void> {
    if (await call(() => client.bucketExists(bucket))) return;
    try {
      await client.makeBucket(bucket, config.region ?? '');
    } catch (err) {
      // Another instance may have created it between the check and the create. BucketAlreadyExists
      // can also mean someone else owns the name, so only accept it if we can now see the bucket.
      const code = (err as { code?: unknown }).code;
      if (code === 'BucketAlreadyOwnedByYou') return;
      if (code === 'BucketAlreadyExists' && (await call(() => client.bucketExists(bucket)))) return;
      throw toStorageError(err);
    }
  }

  async function ping(): Promise<boolean> {
    try {
      return await client.bucketExists(bucket);
    } catch {
      return false;
    }
  }

  return { bucket, ensureBucket, putStream, getStream, stat, remove, exists, listKeys, ping };
}
