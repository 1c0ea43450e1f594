import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DocumentSchema, DocumentTypeSchema, DocumentVersionParams, IdParams } from '@loket/contracts';
import { type Audience, audiences, type DocumentType, documentTypes } from '@loket/domain';
import { Type } from 'typebox';
import { AppError } from '../../errors.ts';
import { problemResponses, standardProblems } from '../../http/problem-responses.ts';
import type { DocumentService } from './documents.service.ts';
import { contentDisposition } from './file-name.ts';

export const documentRoutes: FastifyPluginAsyncTypebox<{ documents: DocumentService }> = async (
  app,
  { documents },
) => {
  app.post(
    '/applications/:id/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'Upload a document (multipart/form-data: field "type" first, then "file")',
        description:
          'Streams the file to object storage. PDF, JPEG and PNG only, recognised by content. A new upload of a type already present adds a version. Authorities may add their own documents (a decision letter, a note) with the fields "audience" (work, residence, both) and "visibleToApplicant" (true/false) before the file.',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: {
          201: DocumentSchema,
          ...standardProblems,
          ...problemResponses(413, 415, 503),
        },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw new AppError('validation_failed', 'Send the document as multipart/form-data.');
      }
      // Without a boundary the parser cannot split the parts and throws a plain error (a 500).
      if (!/;\s*boundary=/i.test(request.headers['content-type'] ?? '')) {
        throw new AppError('validation_failed', 'The multipart/form-data content type names no boundary.');
      }
      const part = await request.file();
      if (!part) throw new AppError('validation_failed', 'The request has no file.');
      const typeField = part.fields.type;
      const type = typeField && 'value' in typeField ? String(typeField.value) : undefined;
      if (!type || !documentTypes.includes(type as DocumentType)) {
        part.file.resume();
        throw new AppError('validation_failed', 'Send the field "type" (a document type) before the file.', [
          {
            pointer: '/type',
            code: type ? 'not_allowed' : 'required',
            params: { allowed: [...documentTypes] },
            message: `One of: ${DocumentTypeSchema.enum.join(', ')}`,
          },
        ]);
      }
      const audienceField = part.fields.audience;
      const audience = audienceField && 'value' in audienceField ? String(audienceField.value) : undefined;
      if (audience !== undefined && !audiences.includes(audience as Audience)) {
        part.file.resume();
        throw new AppError('validation_failed', 'The audience must be work, residence or both.', [
          {
            pointer: '/audience',
            code: 'not_allowed',
            params: { allowed: [...audiences] },
            message: `One of: ${audiences.join(', ')}`,
          },
        ]);
      }
      const sharedField = part.fields.visibleToApplicant;
      const shared = sharedField && 'value' in sharedField ? String(sharedField.value) === 'true' : undefined;
      const view = await documents.upload(request.actor, request.params.id, {
        type: type as DocumentType,
        ...(audience ? { audience: audience as Audience } : {}),
        ...(shared === undefined ? {} : { visibleToApplicant: shared }),
        fileName: part.filename,
        stream: part.file,
        truncated: () => part.file.truncated,
      });
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/applications/:id/document-versions/:versionId/content',
    {
      schema: {
        tags: ['documents'],
        summary: 'Download one version of a document',
        params: DocumentVersionParams,
        response: {
          200: Type.Unsafe({ type: 'string', format: 'binary' }),
          ...standardProblems,
          ...problemResponses(410, 503),
        },
      },
    },
    async (request, reply) => {
      const file = await documents.download(request.actor, request.params.id, request.params.versionId);
      return reply
        .header('Content-Type', file.mediaType)
        .header('Content-Length', file.sizeBytes)
        .header('Content-Disposition', contentDisposition(file.fileName))
        .header('X-Content-Type-Options', 'nosniff')
        .header('Cache-Control', 'private, no-store')
        .header('Content-Security-Policy', "default-src 'none'; sandbox")
        .header('Repr-Digest', `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`)
        .send(file.stream);
    },
  );
};
