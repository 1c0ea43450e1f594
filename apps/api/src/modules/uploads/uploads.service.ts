import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Actor } from '@loket/auth';
import type { DocumentView, UploadLimits, UploadSessionView } from '@loket/contracts';
import type { Db, UploadSession } from '@loket/db';
import {
  type Audience,
  acceptedMediaTypes,
  audiences,
  type DocumentType,
  documentTypes,
} from '@loket/domain';
import { type MultipartStore, type ObjectStore, StorageError, StorageUnavailableError } from '@loket/storage';
import { Metadata, Server } from '@tus/server';
import { AppError, notFound } from '../../errors.ts';
import { documentScope } from '../access/access.policy.ts';
import { toDocumentView } from '../applications/applications.mapper.ts';
import { findVisible } from '../applications/procedure.ts';
import { type DocumentService, objectKeyFor } from '../documents/documents.service.ts';
import { abortExpiredSessions, discardSession, partsOf, SessionStore } from './session-store.ts';

export interface UploadServiceDeps {
  db: Db;
  store: ObjectStore;
  multipart: MultipartStore;
  documents: DocumentService;
  /** Largest resumable upload, checked when it is created. */
  maxBytes: number;
  /** The one-request upload's limit, reported with the others. */
  simpleMaxBytes: number;
  /** Bytes held per request before they go to S3 as a part (the S3 part size). */
  partBytes: number;
  /** An unfinished upload is discarded this long after its last byte. */
  sessionTtlSeconds: number;
}

/** The tus endpoint for existing uploads; creation is under the application. */
export const uploadsPath = '/v1/uploads';

/** Parts per PATCH a client is asked to send: few round trips, and a refused chunk is drained quickly. */
const PARTS_PER_CHUNK = 4;
/** A session stuck in `completing` this long (its process died) may be completed again. */
const STALE_COMPLETION_MS = 10 * 60 * 1000;

/** The request as tus sees it, and what Loket knows about it. */
export interface Relayed {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body?: Readable | undefined;
}

/**
 * Resumable uploads (tus 1.0): creation is authorised like any upload, bytes are appended through
 * @tus/server into SessionStore (S3 multipart via @loket/storage), and the last byte records the
 * version through the documents service's recordVersion, so scanning, history and access rules
 * are the same as for a one-request upload.
 */
export function createUploadService(deps: UploadServiceDeps) {
  const { db, store, multipart, documents, maxBytes, partBytes } = deps;
  const ttlMs = deps.sessionTtlSeconds * 1000;
  const limitText = `${Math.round(maxBytes / 1024 / 1024)} MB`;

  type Binding = ReturnType<SessionStoreBinding>;
  type SessionStoreBinding = ConstructorParameters<typeof SessionStore>[0]['bindingFor'];
  /** Upload id -> its binding, only while its creation request is in tus's hands. */
  const bindings = new Map<string, Binding>();
  const ids = new WeakMap<Request, string>();
  const actors = new WeakMap<Request, Actor>();
  const failures = new WeakMap<Request, unknown>();

  const sessionStore = new SessionStore({
    db,
    store,
    multipart,
    partBytes,
    ttlMs,
    bindingFor(id) {
      const binding = bindings.get(id);
      if (!binding) throw new Error('upload created without a binding');
      return binding;
    },
  });

  const tus = new Server({
    path: uploadsPath,
    datastore: sessionStore,
    relativeLocation: true,
    maxSize: maxBytes,
    namingFunction(req) {
      const id = ids.get(req as unknown as Request);
      if (!id) throw new Error('upload created outside the creation route');
      return id;
    },
    async onUploadFinish(req, upload) {
      const actor = actors.get(req as unknown as Request);
      if (!actor) throw new Error('upload finished without an actor');
      await finish(actor, upload.id);
      return {};
    },
    onResponseError(req, error) {
      failures.set(req as unknown as Request, error);
      return undefined;
    },
  });

  /** Hands a request to tus and returns its answer, or throws the error as an AppError. */
  async function relay(actor: Actor, request: Relayed, id?: string): Promise<Response> {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers.set(name, value);
      else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    }
    const init: RequestInit & { duplex?: 'half' } = { method: request.method, headers };
    if (request.body) {
      init.body = Readable.toWeb(request.body) as ReadableStream;
      init.duplex = 'half';
    }
    const web = new Request(`http://api.invalid${request.url}`, init);
    actors.set(web, actor);
    if (id) ids.set(web, id);
    const response = await tus.handleWeb(web);
    if (response.status >= 400) throw asProblem(response.status, failures.get(web), limitText);
    return response;
  }

  /** The caller's own upload, on an application they can still see; 404 for anyone else's. */
  async function owned(actor: Actor, uploadId: string): Promise<UploadSession> {
    const session = await db.uploadSession.findFirst({ where: { id: uploadId, createdBy: actor.id } });
    if (!session) throw notFound('upload');
    try {
      await findVisible(db, actor, session.applicationId);
    } catch (error) {
      if (error instanceof AppError && error.code === 'not_found') throw notFound('upload');
      throw error;
    }
    return session;
  }

  /**
   * Once every byte is stored: assemble the parts, hash the whole object (read back once: a
   * SHA-256 state cannot be kept between requests), and record the version through recordVersion.
   * Only one request completes a session; a retry after a failure completes it again.
   */
  async function finish(actor: Actor, id: string): Promise<void> {
    const session = await db.uploadSession.findUnique({ where: { id } });
    if (!session) throw notFound('upload');
    if (session.state === 'completed') return;
    const { count } = await db.uploadSession.updateMany({
      where: {
        id,
        OR: [
          { state: 'receiving', offset: session.sizeBytes },
          { state: 'completing', updatedAt: { lt: new Date(Date.now() - STALE_COMPLETION_MS) } },
        ],
      },
      data: { state: 'completing' },
    });
    if (count !== 1) throw busy();

    const release = () =>
      db.uploadSession.updateMany({ where: { id, state: 'completing' }, data: { state: 'receiving' } });
    const discard = () => discardSession({ db, store, multipart }, session);

    // The same rules as when the upload was created, as they stand now.
    let target: Awaited<ReturnType<DocumentService['targetFor']>>;
    try {
      target = await documents.targetFor(actor, session.applicationId, requestOf(session));
    } catch (error) {
      if (error instanceof AppError) await discard();
      else await release();
      throw error;
    }

    try {
      if (session.s3UploadId)
        await multipart.complete(session.objectKey, session.s3UploadId, partsOf(session));
    } catch (error) {
      // A completion whose answer was lost has already made the object.
      if (!(await store.exists(session.objectKey).catch(() => false))) {
        if (error instanceof StorageUnavailableError) {
          await release();
          throw storageDown();
        }
        await discard();
        throw incomplete();
      }
    }

    let hashed: { sha256: string; sizeBytes: number };
    try {
      hashed = await hashObject(store, session.objectKey);
    } catch (error) {
      await release();
      if (error instanceof StorageUnavailableError) throw storageDown();
      throw error;
    }
    if (hashed.sizeBytes !== Number(session.sizeBytes) || !session.mediaType) {
      await store.remove(session.objectKey).catch(() => undefined);
      await discard();
      throw incomplete();
    }

    try {
      await documents.recordVersion(
        {
          versionId: session.versionId,
          objectKey: session.objectKey,
          mediaType: session.mediaType,
          sizeBytes: hashed.sizeBytes,
          sha256: hashed.sha256,
        },
        target,
      );
    } catch (error) {
      await discard(); // recordVersion removed the object: nothing is left to resume
      throw error;
    }
    await db.uploadSession.update({
      where: { id },
      data: { state: 'completed', completedAt: new Date(), parts: [], tailBytes: 0 },
    });
  }

  async function view(actor: Actor, session: UploadSession): Promise<UploadSessionView> {
    let document: DocumentView | undefined;
    if (session.state === 'completed') {
      const row = await db.document.findFirst({
        where: { AND: [{ versions: { some: { id: session.versionId } } }, documentScope(actor)] },
        include: { versions: true },
      });
      if (row) document = toDocumentView(row);
    }
    return {
      id: session.id,
      applicationId: session.applicationId,
      documentType: session.documentType,
      fileName: session.fileName,
      sizeBytes: Number(session.sizeBytes),
      offset: session.state === 'receiving' ? Number(session.offset) : Number(session.sizeBytes),
      state: session.state,
      expiresAt: session.expiresAt.toISOString(),
      ...(document ? { document } : {}),
    };
  }

  return {
    limits(): UploadLimits {
      return {
        acceptedMediaTypes: [...acceptedMediaTypes],
        maxBytes,
        simpleUploadMaxBytes: deps.simpleMaxBytes,
        chunkBytes: partBytes * PARTS_PER_CHUNK,
        sessionTtlSeconds: deps.sessionTtlSeconds,
      };
    },

    /** tus creation (POST): checked and authorised before tus sees it, so refusals cost no byte. */
    async create(actor: Actor, applicationId: string, request: Relayed): Promise<Response> {
      const header = (name: string) => {
        const value = request.headers[name];
        return Array.isArray(value) ? value[0] : value;
      };
      const length = header('upload-length');
      if (length === undefined || !/^\d{1,16}$/.test(length)) {
        throw new AppError('validation_failed', 'Send the file size in the Upload-Length header.', [
          {
            pointer: '/headers/upload-length',
            code: 'type',
            params: { type: 'integer' },
            message: 'A whole number of bytes',
          },
        ]);
      }
      const size = Number(length);
      if (size === 0) throw new AppError('file_empty', 'The file is empty. Choose the file again.');
      if (size > maxBytes) {
        throw new AppError(
          'file_too_large',
          `The file is larger than the limit of ${limitText}. Nothing was sent.`,
        );
      }
      const metadata = parseMetadata(header('upload-metadata'));
      const target = await documents.targetFor(actor, applicationId, {
        type: metadata.type,
        fileName: metadata.fileName,
        ...(metadata.audience ? { audience: metadata.audience } : {}),
        ...(metadata.visibleToApplicant === undefined
          ? {}
          : { visibleToApplicant: metadata.visibleToApplicant }),
      });
      const id = randomUUID();
      const versionId = randomUUID();
      bindings.set(id, {
        applicationId: target.applicationId,
        documentType: metadata.type,
        audience: metadata.audience ?? null,
        visibleToApplicant: metadata.visibleToApplicant ?? null,
        createdBy: actor.id,
        fileName: metadata.fileName ?? null,
        versionId,
        objectKey: objectKeyFor(target.applicationId, versionId),
      });
      try {
        return await relay(actor, request, id);
      } finally {
        bindings.delete(id);
      }
    },

    /** tus HEAD: where to resume. A session whose bytes are all here but not yet recorded is completed first. */
    async offset(actor: Actor, uploadId: string, request: Relayed): Promise<Response> {
      const session = await owned(actor, uploadId);
      if (session.offset === session.sizeBytes && session.state !== 'completed')
        await finish(actor, uploadId);
      return relay(actor, request);
    },

    /** tus PATCH: appends bytes at the offset; the last ones record the version before the answer. */
    async append(actor: Actor, uploadId: string, request: Relayed): Promise<Response> {
      await owned(actor, uploadId);
      return relay(actor, request);
    },

    /** tus DELETE: abandons the upload; nothing of it is kept. */
    async terminate(actor: Actor, uploadId: string, request: Relayed): Promise<Response> {
      await owned(actor, uploadId);
      return relay(actor, request);
    },

    async get(actor: Actor, uploadId: string): Promise<UploadSessionView> {
      return view(actor, await owned(actor, uploadId));
    },

    /** For the reaper: aborts unfinished uploads past their expiry (multipart upload and all). */
    abortExpiredUploads: (now?: Date) => abortExpiredSessions({ db, store, multipart, ttlMs }, now),
  };
}

export type UploadService = ReturnType<typeof createUploadService>;

function requestOf(session: UploadSession) {
  return {
    type: session.documentType,
    fileName: session.fileName ?? undefined,
    ...(session.audience ? { audience: session.audience } : {}),
    ...(session.visibleToApplicant === null ? {} : { visibleToApplicant: session.visibleToApplicant }),
  };
}

interface UploadMetadata {
  type: DocumentType;
  fileName: string | undefined;
  audience: Audience | undefined;
  visibleToApplicant: boolean | undefined;
}

/** tus Upload-Metadata: documentType (required), filename, and for authorities audience and visibleToApplicant. */
function parseMetadata(header: string | undefined): UploadMetadata {
  let raw: Record<string, string | null | undefined> = {};
  try {
    raw = header ? Metadata.parse(header) : {};
  } catch {
    throw new AppError(
      'validation_failed',
      'Upload-Metadata is not valid tus metadata (key base64value, ...).',
    );
  }
  const type = raw.documentType ?? undefined;
  if (!type || !(documentTypes as readonly string[]).includes(type)) {
    throw new AppError('validation_failed', 'Send the document type as documentType in Upload-Metadata.', [
      {
        pointer: '/metadata/documentType',
        code: 'not_allowed',
        params: { allowed: [...documentTypes] },
        message: `One of: ${documentTypes.join(', ')}`,
      },
    ]);
  }
  const audience = raw.audience ?? undefined;
  if (audience !== undefined && !(audiences as readonly string[]).includes(audience)) {
    throw new AppError('validation_failed', 'The audience must be work, residence or both.', [
      {
        pointer: '/metadata/audience',
        code: 'not_allowed',
        params: { allowed: [...audiences] },
        message: `One of: ${audiences.join(', ')}`,
      },
    ]);
  }
  const shared = raw.visibleToApplicant ?? undefined;
  return {
    type: type as DocumentType,
    fileName: (raw.filename ?? undefined)?.slice(0, 255),
    audience: audience as Audience | undefined,
    visibleToApplicant: shared === undefined ? undefined : shared === 'true',
  };
}

async function hashObject(store: ObjectStore, key: string): Promise<{ sha256: string; sizeBytes: number }> {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  for await (const chunk of await store.getStream(key)) {
    hash.update(chunk as Buffer);
    sizeBytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), sizeBytes };
}

const busy = () =>
  new AppError('upload_busy', 'This upload is being completed right now; ask again in a moment.');
const incomplete = () =>
  new AppError(
    'upload_incomplete',
    'The parts of this upload could not be put together. Upload the file again.',
  );
const storageDown = () =>
  new AppError(
    'storage_unavailable',
    'Document storage is unavailable right now; the upload can be resumed later.',
  );

/** tus's own refusals (plain text) become Loket's problems; Loket's errors pass through. */
function asProblem(status: number, error: unknown, limitText: string): Error {
  if (error instanceof AppError) return error;
  if (error instanceof StorageUnavailableError) return storageDown();
  if (error instanceof StorageError) return error;
  switch (status) {
    case 400:
    case 403:
    case 412:
    case 501: {
      const body = (error as { body?: unknown } | undefined)?.body;
      return new AppError(
        'validation_failed',
        typeof body === 'string' ? body.trim() : 'Not a valid tus request.',
      );
    }
    case 404:
      return notFound('upload');
    case 409:
      return new AppError(
        'upload_offset_mismatch',
        'The upload continues from another byte than the one sent; ask where (HEAD) and resume from there.',
      );
    case 410:
      return new AppError('upload_expired', 'This upload expired and was discarded; start it again.');
    case 413:
      return new AppError(
        'file_too_large',
        `The file is larger than announced or than the limit of ${limitText}.`,
      );
    case 423:
      return busy();
    default:
      return error instanceof Error ? error : new Error(`tus answered ${status}`);
  }
}
