import { acceptedMediaTypes } from '@loket/domain';
import { type Static, Type } from 'typebox';
import { DocumentSchema } from './applications.ts';
import { DocumentTypeSchema, IdSchema, TimestampSchema } from './common.ts';

/** What a client may upload, known before the first byte: the UIs show it next to the file picker. */
export const UploadLimitsSchema = Type.Object({
  acceptedMediaTypes: Type.Array(Type.Enum(acceptedMediaTypes), {
    description: 'Recognised from the first bytes of the file, never from its name',
  }),
  maxBytes: Type.Integer({ description: 'Largest file a resumable upload (tus) accepts' }),
  simpleUploadMaxBytes: Type.Integer({
    description: 'Largest file the one-request multipart upload (POST .../documents) accepts',
  }),
  chunkBytes: Type.Integer({
    description: 'Bytes per PATCH request a resumable client should send (a multiple of the part size)',
  }),
  sessionTtlSeconds: Type.Integer({
    description: 'An unfinished upload is discarded after this long without a byte arriving',
  }),
});
export type UploadLimits = Static<typeof UploadLimitsSchema>;

export const UploadSessionStateSchema = Type.Enum(['receiving', 'completing', 'completed']);

/** A resumable upload as its uploader sees it (tus's HEAD says the same in headers). */
export const UploadSessionSchema = Type.Object({
  id: IdSchema,
  applicationId: IdSchema,
  documentType: DocumentTypeSchema,
  fileName: Type.Union([Type.String(), Type.Null()]),
  sizeBytes: Type.Integer(),
  /** Bytes the server has stored: where the client resumes. */
  offset: Type.Integer(),
  state: UploadSessionStateSchema,
  expiresAt: TimestampSchema,
  /** The document the upload became, once completed. */
  document: Type.Optional(DocumentSchema),
});
export type UploadSessionView = Static<typeof UploadSessionSchema>;

export const UploadParams = Type.Object({ uploadId: IdSchema });
export type UploadParams = Static<typeof UploadParams>;
