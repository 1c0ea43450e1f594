import type { IncomingMessage } from 'node:http';
import { PassThrough, type Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, UploadLimitsSchema, UploadParams, UploadSessionSchema } from '@loket/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { problemResponses, standardProblems } from '../../http/problem-responses.ts';
import type { Relayed, UploadService } from './uploads.service.ts';

/** tus adds: upload expired (410), too large (413), not an accepted type (415), busy (423), storage down (503). */
const problems = { ...standardProblems, ...problemResponses(410, 413, 415, 423, 503) };

const TUS_BODY = 'application/offset+octet-stream';
const tusHeaders =
  'tus 1.0.0 (https://tus.io/protocols/resumable-upload): send Tus-Resumable: 1.0.0 with every request.';

function relayed(request: FastifyRequest): Relayed {
  const hasBody = (request.headers['content-type'] ?? '').startsWith(TUS_BODY);
  return {
    method: request.method,
    url: request.url,
    headers: request.headers,
    body: hasBody ? keepWhatArrived(request.raw) : undefined,
  };
}

/**
 * The request body as a stream that simply ends when the client goes away. A dropped connection
 * destroys the request with an error, and an error thrown down a stream chain discards whatever
 * the streams still buffer: bytes that did arrive would be lost and sent again. Ending instead
 * lets every byte that got here reach the store, which keeps them.
 */
function keepWhatArrived(raw: IncomingMessage): Readable {
  const body = new PassThrough({ highWaterMark: 1024 * 1024 });
  const salvage = () => {
    for (let chunk = raw.read(); chunk !== null; chunk = raw.read()) body.write(chunk);
  };
  raw.on('data', (chunk: Buffer) => {
    if (!body.write(chunk)) raw.pause();
  });
  body.on('drain', () => raw.resume());
  raw.once('end', () => body.end());
  raw.once('aborted', () => {
    salvage();
    body.end();
  });
  raw.once('error', () => body.end());
  raw.once('close', () => {
    if (!body.writableEnded) body.end();
  });
  return body;
}

/** Sends tus's answer through Fastify (so CORS, logging and the error handler stay Loket's). */
async function answer(reply: FastifyReply, response: Response) {
  reply.code(response.status);
  for (const [name, value] of response.headers) {
    if (name.startsWith('access-control-') || name === 'content-length' || name === 'content-type') continue;
    reply.header(name, value);
  }
  const body = await response.text();
  return reply.send(body === '' ? undefined : body);
}

export const uploadRoutes: FastifyPluginAsyncTypebox<{ uploads: UploadService }> = async (
  app,
  { uploads },
) => {
  // tus bodies are streamed by the upload service, never parsed (or buffered) by Fastify.
  app.addContentTypeParser(TUS_BODY, (_request, _payload, done) => done(null, undefined));

  app.get(
    '/upload-limits',
    {
      schema: {
        tags: ['documents'],
        summary: 'What may be uploaded: accepted types and size limits, to show before an upload starts',
        response: { 200: UploadLimitsSchema, ...problemResponses(401) },
      },
    },
    async () => uploads.limits(),
  );

  app.post(
    '/applications/:id/uploads',
    {
      schema: {
        tags: ['documents'],
        summary: 'Start a resumable upload (tus creation)',
        description: `${tusHeaders} Upload-Length is the file size (checked against the limit before any byte is sent: 413); Upload-Metadata carries documentType (required), filename and, for authorities, audience and visibleToApplicant. Authorised like POST .../documents. Answers 201 with Location: /v1/uploads/{uploadId}.`,
        params: IdParams,
        response: { 201: Type.Null(), ...problems },
      },
    },
    async (request, reply) =>
      answer(reply, await uploads.create(request.actor, request.params.id, relayed(request))),
  );

  app.route({
    method: 'HEAD',
    url: '/uploads/:uploadId',
    schema: {
      tags: ['documents'],
      summary: 'Where a resumable upload continues (tus: Upload-Offset, Upload-Length)',
      description: `${tusHeaders} Only the user who started the upload sees it (404 for anyone else).`,
      params: UploadParams,
      response: { 200: Type.Null(), ...problems },
    },
    handler: async (request, reply) =>
      answer(reply, await uploads.offset(request.actor, request.params.uploadId, relayed(request))),
  });

  app.patch(
    '/uploads/:uploadId',
    {
      schema: {
        tags: ['documents'],
        summary: 'Append bytes to a resumable upload (tus, Content-Type: application/offset+octet-stream)',
        description: `${tusHeaders} Upload-Offset must be the server's offset (409 otherwise). The first bytes decide the type: anything but PDF, JPEG or PNG ends the upload (415). The request that brings the last byte records the document version before it answers.`,
        consumes: [TUS_BODY],
        params: UploadParams,
        response: { 204: Type.Null(), ...problems },
      },
    },
    async (request, reply) =>
      answer(reply, await uploads.append(request.actor, request.params.uploadId, relayed(request))),
  );

  app.delete(
    '/uploads/:uploadId',
    {
      schema: {
        tags: ['documents'],
        summary: 'Abandon a resumable upload (tus termination); nothing of it is kept',
        params: UploadParams,
        response: { 204: Type.Null(), ...problems },
      },
    },
    async (request, reply) =>
      answer(reply, await uploads.terminate(request.actor, request.params.uploadId, relayed(request))),
  );

  app.get(
    '/uploads/:uploadId',
    {
      exposeHeadRoute: false,
      schema: {
        tags: ['documents'],
        summary: 'A resumable upload: offset, state and, once completed, the document it became',
        params: UploadParams,
        response: { 200: UploadSessionSchema, ...problems },
      },
    },
    async (request) => uploads.get(request.actor, request.params.uploadId),
  );
};
