import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Actor } from '@loket/auth';
import type { DocumentView } from '@loket/contracts';
import type { Db } from '@loket/db';
import { audienceOf, type DocumentType, sniffLength, sniffMediaType } from '@loket/domain';
import {
  type ObjectStore,
  ObjectTooLargeError,
  StorageUnavailableError,
  UploadAbortedError,
} from '@loket/storage';
import { AppError, notFound } from '../../errors.ts';
import { documentScope } from '../access/access.policy.ts';
import { toDocumentView } from '../applications/applications.mapper.ts';
import { authorize, findVisible } from '../applications/procedure.ts';
import { sanitiseFileName } from './file-name.ts';

export interface DocumentServiceDeps {
  db: Db;
  store: ObjectStore;
  maxBytes: number;
}

export interface IncomingFile {
  type: DocumentType;
  fileName: string | undefined;
  stream: Readable;
  /** True when the multipart parser cut the file at the size limit. */
  truncated: () => boolean;
}

export interface Download {
  stream: Readable;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

/**
 * The upload path: bytes stream from the request to object storage, hashed on the way; the type
 * is decided from the first bytes; the database row is written only once the object is complete,
 * and a refused or failed upload removes what it wrote.
 */
export function createDocumentService({ db, store, maxBytes }: DocumentServiceDeps) {
  const limitText = `${Math.round(maxBytes / 1024 / 1024)} MB`;

  return {
    async upload(actor: Actor, applicationId: string, file: IncomingFile): Promise<DocumentView> {
      const app = await findVisible(db, actor, applicationId);
      const allowed = authorize(actor, app.state, 'upload_document');

      const { head, rest } = await peek(file.stream, sniffLength);
      if (head.length === 0) throw new AppError('file_empty', 'The file is empty. Choose the file again.');
      const mediaType = sniffMediaType(head);
      if (!mediaType) {
        drain(rest); // read to the end so the client gets the answer rather than a reset connection
        throw new AppError(
          'file_type_not_allowed',
          'Only PDF, JPEG and PNG files are accepted; this file is none of those, whatever its name.',
        );
      }

      const versionId = randomUUID();
      const objectKey = `applications/${app.id}/documents/${versionId}`;
      let stored: { sizeBytes: number; sha256: string };
      try {
        stored = await store.putStream(objectKey, rest, { contentType: mediaType, maxBytes });
      } catch (error) {
        if (error instanceof ObjectTooLargeError) throw tooLarge(limitText);
        if (error instanceof StorageUnavailableError) throw storageDown();
        if (error instanceof UploadAbortedError) {
          if (file.truncated()) throw tooLarge(limitText);
          throw new AppError(
            'upload_incomplete',
            'The upload was interrupted before the whole file arrived.',
          );
        }
        throw error;
      }
      if (file.truncated()) {
        await store.remove(objectKey).catch(() => undefined);
        throw tooLarge(limitText);
      }

      try {
        const document = await db.$transaction(async (tx) => {
          const doc = await tx.document.upsert({
            where: { applicationId_type: { applicationId: app.id, type: file.type } },
            create: { applicationId: app.id, type: file.type, audience: audienceOf(file.type) },
            update: {},
          });
          const last = await tx.documentVersion.aggregate({
            where: { documentId: doc.id },
            _max: { number: true },
          });
          const number = (last._max.number ?? 0) + 1;
          await tx.documentVersion.create({
            data: {
              id: versionId,
              documentId: doc.id,
              number,
              objectKey,
              fileName: sanitiseFileName(file.fileName, `${file.type}${extensionOf(mediaType)}`),
              mediaType,
              sizeBytes: BigInt(stored.sizeBytes),
              sha256: stored.sha256,
              uploadedBy: actor.id,
              uploadedByRole: allowed.role,
            },
          });
          await tx.applicationEvent.create({
            data: {
              applicationId: app.id,
              action: 'upload_document',
              fromState: app.state,
              toState: app.state,
              actorId: actor.id,
              actorName: actor.name,
              actorRole: allowed.role,
              details: { documentType: file.type, version: number },
            },
          });
          return tx.document.findUniqueOrThrow({ where: { id: doc.id }, include: { versions: true } });
        });
        return toDocumentView(document);
      } catch (error) {
        // The row never came: the object must not outlive it.
        await store.remove(objectKey).catch(() => undefined);
        throw error;
      }
    },

    async download(actor: Actor, applicationId: string, versionId: string): Promise<Download> {
      await findVisible(db, actor, applicationId);
      const version = await db.documentVersion.findFirst({
        where: { id: versionId, document: { AND: [{ applicationId }, documentScope(actor)] } },
      });
      if (!version) throw notFound('document');
      let stream: Readable;
      try {
        stream = await store.getStream(version.objectKey);
      } catch (error) {
        if (error instanceof StorageUnavailableError) throw storageDown();
        throw error;
      }
      await db.accessLog.create({
        data: {
          actorId: actor.id,
          actorRole: actor.roles.join(','),
          action: 'download_document',
          applicationId,
          documentVersionId: version.id,
        },
      });
      return {
        stream,
        fileName: version.fileName,
        mediaType: version.mediaType,
        sizeBytes: Number(version.sizeBytes),
        sha256: version.sha256,
      };
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;

const tooLarge = (limit: string) =>
  new AppError('file_too_large', `The file is larger than the limit of ${limit}. Nothing was stored.`);
const storageDown = () =>
  new AppError(
    'storage_unavailable',
    'Document storage is unavailable right now. Nothing was stored; try again later.',
  );

function extensionOf(mediaType: string): string {
  return mediaType === 'application/pdf' ? '.pdf' : mediaType === 'image/png' ? '.png' : '.jpg';
}

function drain(stream: Readable) {
  stream.on('error', () => undefined).resume();
}

/**
 * Reads at least `n` bytes from the start of a stream (fewer only if it ends), and returns them
 * with a stream that yields the whole content again, without buffering more than one chunk.
 */
async function peek(stream: Readable, n: number): Promise<{ head: Buffer; rest: Readable }> {
  const iterator = stream[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < n) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = Buffer.from(next.value as Uint8Array);
    chunks.push(chunk);
    length += chunk.length;
  }
  const head = Buffer.concat(chunks);
  async function* replay() {
    if (head.length > 0) yield head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      yield next.value as Buffer;
  }
  return { head, rest: Readable.from(replay(), { objectMode: false }) };
}
