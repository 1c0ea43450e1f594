import { Readable } from 'node:stream';
import type { Db, Prisma, UploadSession } from '@loket/db';
import { sniffLength, sniffMediaType } from '@loket/domain';
import type { MultipartStore, ObjectStore, UploadedPart } from '@loket/storage';
import { DataStore, ERRORS, Upload } from '@tus/server';
import { AppError } from '../../errors.ts';

export interface SessionStoreDeps {
  db: Db;
  store: ObjectStore;
  multipart: MultipartStore;
  /** Bytes held in memory per request before they go to S3 as one part (at least 5 MiB). */
  partBytes: number;
  /** An unfinished upload is discarded this long after its last byte arrived. */
  ttlMs: number;
  /**
   * The row to insert for a new upload id. Creation is authorised before tus sees the request;
   * this hands the binding (application, type, user) over to `create`.
   */
  bindingFor(
    uploadId: string,
  ): Omit<Prisma.UploadSessionUncheckedCreateInput, 'id' | 'sizeBytes' | 'expiresAt'>;
  /** Most bytes read (and dropped) from a refused request so the client can read the answer. */
  drainLimitBytes?: number;
}

/** Bytes after the last part, below S3's minimum part size, wait here for the next request. */
export const tailKeyOf = (uploadId: string) => `upload-tails/${uploadId}`;

export const partsOf = (session: Pick<UploadSession, 'parts'>): UploadedPart[] =>
  (session.parts as unknown as UploadedPart[] | null) ?? [];

export const notAccepted = () =>
  new AppError(
    'file_type_not_allowed',
    'Only PDF, JPEG and PNG files are accepted; this file is none of those, whatever its name. Nothing was kept.',
  );

/**
 * tus's storage for Loket: the upload's state lives in the upload_session row, its bytes in an S3
 * multipart upload under the final object key (through @loket/storage only).
 *
 * A request's bytes are cut into parts of `partBytes`, each sent to S3 as soon as it is full and
 * recorded in the row; memory per request is one part. Whatever is left when the request ends
 * (normally or cut off) is kept too: as a part if S3 accepts one that small, else as a small "tail"
 * object that the next request reads back and continues. So every byte that arrived counts, and
 * the offset a client resumes from is exactly what the server has.
 */
export class SessionStore extends DataStore {
  readonly #deps: SessionStoreDeps;

  constructor(deps: SessionStoreDeps) {
    super();
    if (deps.partBytes < deps.multipart.minPartBytes) throw new RangeError('partBytes below the S3 minimum');
    this.#deps = deps;
    this.extensions = ['creation', 'termination', 'expiration'];
  }

  override async create(upload: Upload): Promise<Upload> {
    const { db, ttlMs } = this.#deps;
    if (upload.size === undefined) throw ERRORS.INVALID_LENGTH;
    await db.uploadSession.create({
      data: {
        ...this.#deps.bindingFor(upload.id),
        id: upload.id,
        sizeBytes: BigInt(upload.size),
        expiresAt: new Date(Date.now() + ttlMs),
      },
    });
    return upload;
  }

  override async getUpload(id: string): Promise<Upload> {
    const session = await this.#deps.db.uploadSession.findUnique({ where: { id } });
    if (!session) throw ERRORS.FILE_NOT_FOUND;
    return toUpload(session, this.#deps.ttlMs);
  }

  override getExpiration(): number {
    return this.#deps.ttlMs;
  }

  override async remove(id: string): Promise<void> {
    const session = await this.#deps.db.uploadSession.findUnique({ where: { id } });
    if (!session) throw ERRORS.FILE_NOT_FOUND;
    if (session.state !== 'receiving') throw ERRORS.INVALID_TERMINATION;
    await discardSession(this.#deps, session);
  }

  override async deleteExpired(): Promise<number> {
    return (await abortExpiredSessions(this.#deps)).aborted;
  }

  override async write(readable: Readable, id: string, offset: number): Promise<number> {
    const { db, store, multipart, partBytes, ttlMs } = this.#deps;
    const session = await db.uploadSession.findUnique({ where: { id } });
    if (!session) throw ERRORS.FILE_NOT_FOUND;
    if (session.state !== 'receiving') throw ERRORS.INVALID_OFFSET;
    if (Number(session.offset) !== offset) throw ERRORS.INVALID_OFFSET;

    const size = Number(session.sizeBytes);
    let parts = partsOf(session);
    let partsBytes = parts.reduce((n, p) => n + p.sizeBytes, 0);
    let mediaType = session.mediaType;
    let s3UploadId = session.s3UploadId;
    let storedOffset = offset;
    let storedTail = session.tailBytes;

    // One part's worth of memory, starting with the tail a previous request left.
    const buffer = Buffer.allocUnsafe(partBytes);
    let filled = 0;
    if (storedTail > 0) {
      const tail = await readTail(store, id, buffer).catch(() => -1);
      if (tail !== storedTail) {
        // The tail is gone or damaged: the client resends it, from the end of the last part.
        await db.uploadSession.updateMany({
          where: { id, offset: BigInt(offset) },
          data: { offset: BigInt(partsBytes), tailBytes: 0 },
        });
        throw ERRORS.INVALID_OFFSET;
      }
      filled = tail;
    }

    /** Writes progress to the row, only if nobody else moved the offset meanwhile. */
    const save = async (data: Prisma.UploadSessionUpdateManyMutationInput, newOffset: number) => {
      const { count } = await db.uploadSession.updateMany({
        where: { id, state: 'receiving', offset: BigInt(storedOffset) },
        data: { ...data, offset: BigInt(newOffset), expiresAt: new Date(Date.now() + ttlMs) },
      });
      if (count !== 1) throw ERRORS.INVALID_OFFSET;
      storedOffset = newOffset;
    };

    const flushPart = async () => {
      if (!s3UploadId) {
        s3UploadId = await multipart.create(session.objectKey, { contentType: mediaType ?? undefined });
        await save({ s3UploadId, mediaType }, storedOffset);
      }
      const part = await multipart.uploadPart(
        session.objectKey,
        s3UploadId,
        parts.length + 1,
        buffer.subarray(0, filled),
      );
      parts = [...parts, part];
      partsBytes += filled;
      filled = 0;
      await save({ parts: parts as unknown as Prisma.InputJsonValue, tailBytes: 0, mediaType }, partsBytes);
      if (storedTail > 0) {
        storedTail = 0;
        await store.remove(tailKeyOf(id)).catch(() => undefined);
      }
    };

    /** The type is decided by the file's first bytes, as soon as they are here. */
    const sniff = (): boolean => {
      if (mediaType || partsBytes > 0) return true;
      if (filled < sniffLength && partsBytes + filled < size) return true; // not enough bytes yet
      mediaType = sniffMediaType(buffer.subarray(0, filled)) ?? null;
      return mediaType !== null;
    };

    let sourceError: unknown;
    let refused = false;
    const iterator = readable[Symbol.asyncIterator]();
    try {
      reading: for (;;) {
        const next = await iterator.next();
        if (next.done) break;
        const chunk = next.value as Buffer;
        for (let pos = 0; pos < chunk.length; ) {
          const n = Math.min(chunk.length - pos, buffer.length - filled);
          chunk.copy(buffer, filled, pos, pos + n);
          filled += n;
          pos += n;
          if (!sniff()) {
            refused = true;
            break reading;
          }
          if (filled === buffer.length) await flushPart();
        }
      }
    } catch (error) {
      // The client went away or sent more than it announced: keep what did arrive, then report.
      sourceError = error;
    }

    if (refused) {
      await drain(iterator, this.#deps.drainLimitBytes ?? 64 * 1024 * 1024);
      await discardSession(this.#deps, { ...session, s3UploadId, tailBytes: storedTail });
      throw notAccepted();
    }

    const total = partsBytes + filled;
    if (total === size) {
      if (filled > 0) {
        if (!sniff()) {
          await discardSession(this.#deps, { ...session, s3UploadId, tailBytes: storedTail });
          throw notAccepted();
        }
        await flushPart(); // the last part may be of any size
      }
    } else if (filled >= multipart.minPartBytes) {
      await flushPart();
    } else if (total !== storedOffset) {
      await store.putStream(tailKeyOf(id), Readable.from([Buffer.from(buffer.subarray(0, filled))]));
      storedTail = filled;
      await save({ tailBytes: filled, mediaType }, total);
    }

    if (sourceError !== undefined) throw sourceError;
    return storedOffset;
  }
}

function toUpload(session: UploadSession, ttlMs: number): Upload {
  const size = Number(session.sizeBytes);
  return new Upload({
    id: session.id,
    size,
    offset: session.state === 'receiving' ? Number(session.offset) : size,
    metadata: {
      documentType: session.documentType,
      ...(session.fileName ? { filename: session.fileName } : {}),
    },
    // tus measures expiry from the creation date; Loket's runs from the last byte received.
    creation_date: new Date(session.expiresAt.getTime() - ttlMs).toISOString(),
  });
}

async function readTail(store: ObjectStore, id: string, into: Buffer): Promise<number> {
  let filled = 0;
  for await (const chunk of await store.getStream(tailKeyOf(id))) {
    const c = chunk as Buffer;
    if (filled + c.length > into.length) throw new Error('upload tail larger than a part');
    c.copy(into, filled);
    filled += c.length;
  }
  return filled;
}

/** Reads and drops the rest of a refused request (up to a limit) so the client gets the answer. */
async function drain(iterator: AsyncIterator<unknown>, limit: number): Promise<void> {
  let dropped = 0;
  try {
    while (dropped <= limit) {
      const next = await iterator.next();
      if (next.done) return;
      dropped += (next.value as Buffer).length;
    }
    await iterator.return?.();
  } catch {
    // the client is gone: nothing to answer
  }
}

/** Removes everything an unfinished upload left: its S3 multipart upload, its tail and its row. */
export async function discardSession(
  deps: Pick<SessionStoreDeps, 'db' | 'store' | 'multipart'>,
  session: Pick<UploadSession, 'id' | 'objectKey' | 's3UploadId' | 'tailBytes'>,
): Promise<void> {
  if (session.s3UploadId) await deps.multipart.abort(session.objectKey, session.s3UploadId);
  await deps.store.remove(tailKeyOf(session.id));
  await deps.db.uploadSession.deleteMany({ where: { id: session.id } });
}

/**
 * Aborts every unfinished upload whose time is up (no byte for the session TTL), with its
 * multipart upload and tail, and forgets finished sessions older than that. For the reaper.
 */
export async function abortExpiredSessions(
  deps: Pick<SessionStoreDeps, 'db' | 'store' | 'multipart' | 'ttlMs'>,
  now: Date = new Date(),
): Promise<{ aborted: number; forgotten: number }> {
  const expired = await deps.db.uploadSession.findMany({
    where: { state: { not: 'completed' }, expiresAt: { lt: now } },
    select: { id: true, objectKey: true, s3UploadId: true, tailBytes: true },
    take: 1000,
  });
  let aborted = 0;
  for (const session of expired) {
    await discardSession(deps, session);
    aborted += 1;
  }
  const { count: forgotten } = await deps.db.uploadSession.deleteMany({
    where: { state: 'completed', completedAt: { lt: new Date(now.getTime() - deps.ttlMs) } },
  });
  return { aborted, forgotten };
}
