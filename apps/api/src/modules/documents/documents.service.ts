import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Actor } from '@loket/auth';
import type { DocumentView } from '@loket/contracts';
import type { Db, Prisma } from '@loket/db';
import {
  type Audience,
  audienceOf,
  type DocumentType,
  type Role,
  sniffLength,
  sniffMediaType,
} from '@loket/domain';
import {
  type ObjectStore,
  ObjectTooLargeError,
  StorageUnavailableError,
  UploadAbortedError,
} from '@loket/storage';
import { AppError, notFound } from '../../errors.ts';
import { authorityKindOf, documentScope } from '../access/access.policy.ts';
import { toDocumentView } from '../applications/applications.mapper.ts';
import { authorize, findVisible } from '../applications/procedure.ts';
import { sanitiseFileName } from './file-name.ts';

export interface DocumentServiceDeps {
  db: Db;
  store: ObjectStore;
  maxBytes: number;
  /** Called with each new version's id once its row is committed: starts its virus scan at once. */
  onVersionRecorded?: (versionId: string) => void;
}

export interface IncomingFile {
  type: DocumentType;
  fileName: string | undefined;
  stream: Readable;
  /** True when the multipart parser cut the file at the size limit. */
  truncated: () => boolean;
  /** Authorities only: who among the authorities may see it, and whether the applicant may. */
  audience?: Audience;
  visibleToApplicant?: boolean;
}

export interface Download {
  stream: Readable;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

/** What decides where a new version goes, whichever way its bytes arrive (one request or resumable). */
export type VersionRequest = Pick<IncomingFile, 'type' | 'fileName' | 'audience' | 'visibleToApplicant'>;

/** A complete object in the store, checked and hashed, not yet known to the database. */
export interface StoredFile {
  versionId: string;
  objectKey: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

/** Where a new version belongs and who adds it. */
export interface VersionTarget {
  applicationId: string;
  applicationState: Prisma.ApplicationGetPayload<object>['state'];
  type: DocumentType;
  origin: 'applicant' | 'work' | 'residence';
  audience: Audience;
  visibleToApplicant: boolean;
  fileName: string | undefined;
  actor: Actor;
  role: Role;
  /** Set the document's audience and visibility even if it exists already (generated decision letters). */
  updateSharing?: boolean;
}

/** Object keys come from internal ids only, never from anything the user typed. */
export const objectKeyFor = (applicationId: string, versionId: string) =>
  `applications/${applicationId}/documents/${versionId}`;

/**
 * The upload path: bytes stream from the request to object storage, hashed on the way; the type
 * is decided from the first bytes; the database row is written only once the object is complete,
 * and a refused or failed upload removes what it wrote.
 */
export function createDocumentService({ db, store, maxBytes, onVersionRecorded }: DocumentServiceDeps) {
  const limitText = `${Math.round(maxBytes / 1024 / 1024)} MB`;

  /** Streams a file into the store after checking its first bytes. Throws AppError on refusal. */
  async function storeFile(applicationId: string, file: IncomingFile): Promise<StoredFile> {
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
    const objectKey = objectKeyFor(applicationId, versionId);
    try {
      const stored = await store.putStream(objectKey, rest, { contentType: mediaType, maxBytes });
      if (file.truncated()) {
        await store.remove(objectKey).catch(() => undefined);
        throw tooLarge(limitText);
      }
      return { versionId, objectKey, mediaType, ...stored };
    } catch (error) {
      if (error instanceof ObjectTooLargeError) throw tooLarge(limitText);
      if (error instanceof StorageUnavailableError) throw storageDown();
      if (error instanceof UploadAbortedError) {
        if (file.truncated()) throw tooLarge(limitText);
        throw new AppError('upload_incomplete', 'The upload was interrupted before the whole file arrived.');
      }
      throw error;
    }
  }

  /**
   * Records a stored object as the next version of its document, with the history event, in one
   * transaction. If that fails the object is removed: no object outlives a missing row.
   *
   * With `within`, the rows are written in a transaction the caller owns (a decision and its letter
   * are one change): the caller then removes the object if that transaction fails, and calls
   * `versionCommitted` once it has committed, which starts the virus scan.
   */
  async function recordVersion(
    stored: StoredFile,
    target: VersionTarget,
    within?: Prisma.TransactionClient,
  ): Promise<DocumentView> {
    if (within) return toDocumentView(await writeVersion(within, stored, target));
    try {
      const document = await db.$transaction((tx) => writeVersion(tx, stored, target));
      onVersionRecorded?.(stored.versionId);
      return toDocumentView(document);
    } catch (error) {
      await store.remove(stored.objectKey).catch(() => undefined);
      throw error;
    }
  }

  async function writeVersion(tx: Prisma.TransactionClient, stored: StoredFile, target: VersionTarget) {
    const doc = await tx.document.upsert({
      where: {
        applicationId_type_origin: {
          applicationId: target.applicationId,
          type: target.type,
          origin: target.origin,
        },
      },
      create: {
        applicationId: target.applicationId,
        type: target.type,
        origin: target.origin,
        audience: target.audience,
        visibleToApplicant: target.visibleToApplicant,
      },
      // A generated decision letter is shared whatever an earlier manual upload of the type said.
      update: target.updateSharing
        ? { audience: target.audience, visibleToApplicant: target.visibleToApplicant }
        : {},
    });
    const last = await tx.documentVersion.aggregate({
      where: { documentId: doc.id },
      _max: { number: true },
    });
    const number = (last._max.number ?? 0) + 1;
    await tx.documentVersion.create({
      data: {
        id: stored.versionId,
        documentId: doc.id,
        number,
        objectKey: stored.objectKey,
        fileName: sanitiseFileName(target.fileName, `${target.type}${extensionOf(stored.mediaType)}`),
        mediaType: stored.mediaType,
        sizeBytes: BigInt(stored.sizeBytes),
        sha256: stored.sha256,
        uploadedBy: target.actor.id,
        uploadedByRole: target.role,
      },
    });
    await tx.applicationEvent.create({
      data: {
        applicationId: target.applicationId,
        action: target.origin === 'applicant' ? 'upload_document' : 'add_authority_document',
        fromState: target.applicationState,
        toState: target.applicationState,
        actorId: target.actor.id,
        actorName: target.actor.name,
        actorRole: target.role,
        details: { documentType: target.type, version: number },
      },
    });
    return tx.document.findUniqueOrThrow({ where: { id: doc.id }, include: { versions: true } });
  }

  /** Who adds this document, as what, with which audience: applicants by the procedure, authorities always. */
  async function targetFor(
    actor: Actor,
    applicationId: string,
    file: VersionRequest,
  ): Promise<VersionTarget> {
    const app = await findVisible(db, actor, applicationId);
    const authority = authorityKindOf(actor);
    if (authority && !actor.roles.includes('applicant')) {
      return {
        applicationId: app.id,
        applicationState: app.state,
        type: file.type,
        origin: authority,
        audience: file.audience ?? authority,
        visibleToApplicant: file.visibleToApplicant ?? false,
        fileName: file.fileName,
        actor,
        role: authority === 'work' ? 'work_caseworker' : 'residence_officer',
      };
    }
    const allowed = authorize(actor, app.state, 'upload_document');
    return {
      applicationId: app.id,
      applicationState: app.state,
      type: file.type,
      origin: 'applicant',
      audience: audienceOf(file.type),
      visibleToApplicant: true,
      fileName: file.fileName,
      actor,
      role: allowed.role,
    };
  }

  return {
    storeFile,
    recordVersion,
    /** After a caller's transaction with `recordVersion(..., within)` has committed. */
    versionCommitted: (versionId: string) => onVersionRecorded?.(versionId),
    targetFor,

    async upload(actor: Actor, applicationId: string, file: IncomingFile): Promise<DocumentView> {
      const target = await targetFor(actor, applicationId, file);
      const stored = await storeFile(applicationId, file);
      return recordVersion(stored, target);
    },

    async download(actor: Actor, applicationId: string, versionId: string): Promise<Download> {
      await findVisible(db, actor, applicationId);
      const version = await db.documentVersion.findFirst({
        where: { id: versionId, document: { AND: [{ applicationId }, documentScope(actor)] } },
        include: { document: { select: { origin: true } } },
      });
      if (!version) throw notFound('document');
      assertScanAllowsDownload(actor, version.scanStatus, version.document.origin);
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

/**
 * The virus-scan gate (docs/adr/0005-virus-scanning.md): an infected version is never served, to
 * anyone; a version not yet scanned clean reaches no authority. Until its scan, only the applicant
 * side may fetch back a file it uploaded itself (its own bytes, which it already had).
 */
function assertScanAllowsDownload(
  actor: Actor,
  scanStatus: 'pending' | 'clean' | 'infected',
  origin: string,
) {
  if (scanStatus === 'clean') return;
  if (scanStatus === 'infected') {
    throw new AppError(
      'document_infected',
      'A virus was found in this file. It has been quarantined and nobody can download it; a clean copy has to be uploaded.',
    );
  }
  if (origin === 'applicant' && !authorityKindOf(actor)) return;
  throw new AppError(
    'document_not_scanned',
    'The file is still being checked for viruses; try again in a minute.',
  );
}

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
