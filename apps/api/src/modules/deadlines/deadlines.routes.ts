import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApplicationDetailSchema, DeadlineExtensionBody, IdParams, IfMatchHeaders } from '@loket/contracts';
import { etagOf, ifMatchVersion } from '../../http/if-match.ts';
import { standardProblems } from '../../http/problem-responses.ts';
import type { DeadlineService } from './deadlines.service.ts';

export const deadlineRoutes: FastifyPluginAsyncTypebox<{ deadlines: DeadlineService }> = async (
  app,
  { deadlines },
) => {
  app.post(
    '/applications/:id/deadline-extension',
    {
      schema: {
        tags: ['review'],
        summary: 'Extend the legal decision period once (exceptional cases, with a reason); send If-Match',
        params: IdParams,
        headers: IfMatchHeaders,
        body: DeadlineExtensionBody,
        response: { 200: ApplicationDetailSchema, ...standardProblems },
      },
    },
    async (request, reply) => {
      const detail = await deadlines.extend(
        request.actor,
        request.params.id,
        request.body,
        ifMatchVersion(request.headers),
      );
      return reply.header('etag', etagOf(detail.version)).send(detail);
    },
  );
};
