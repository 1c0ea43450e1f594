import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export interface HttpOptions {
  corsOrigins: string[];
  uploadMaxBytes: number;
}

/** Security headers, CORS for the three web apps, and streaming multipart with hard limits. */
export default fp(async (app: FastifyInstance, opts: HttpOptions) => {
  await app.register(helmet, {
    // The API serves JSON and files, not pages; the docs UI at /docs needs its inline scripts.
    contentSecurityPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
  await app.register(cors, {
    origin: opts.corsOrigins,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    // tus (resumable uploads) answers in headers the browser client must read.
    exposedHeaders: [
      'Content-Disposition',
      'Location',
      'Tus-Resumable',
      'Upload-Offset',
      'Upload-Length',
      'Upload-Expires',
      'Upload-Metadata',
    ],
    maxAge: 600,
  });
  await app.register(multipart, {
    limits: { fileSize: opts.uploadMaxBytes, files: 1, fields: 5, fieldSize: 1024, parts: 6 },
    throwFileSizeLimit: true,
  });
});
