import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { InboxListSchema, InboxQuery, WorklistsSchema } from '@loket/contracts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { InboxService } from './inbox.service.ts';

const tags = ['inbox'];

export const inboxRoutes: FastifyPluginAsyncTypebox<{ inbox: InboxService }> = async (app, { inbox }) => {
  app.get(
    '/worklists',
    {
      schema: {
        tags,
        summary:
          'How many files are in each of your worklists (new, mine, team, waiting, due soon, overdue, decided)',
        response: { 200: WorklistsSchema, ...problemResponses(401, 403) },
      },
    },
    (request) => inbox.worklists(request.actor),
  );

  app.get(
    '/inbox',
    {
      schema: {
        tags,
        summary:
          'A worklist of your service, filtered and sorted (keyset pagination); caseworkers of a work or residence service only',
        querystring: InboxQuery,
        response: { 200: InboxListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    (request) => inbox.list(request.actor, request.query),
  );
};
