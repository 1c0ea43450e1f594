import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  IdParams,
  MarkMessagesReadBody,
  MarkMessagesReadResultSchema,
  MessageListQuery,
  MessageListSchema,
  MessageSchema,
} from '@loket/contracts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { MessageService } from './messages.service.ts';

const tags = ['messages'];

export const messageRoutes: FastifyPluginAsyncTypebox<{ messages: MessageService }> = async (
  app,
  { messages },
) => {
  app.get(
    '/messages',
    {
      schema: {
        tags,
        summary:
          'What the authorities sent you across your applications (requests, decisions, letters), newest first, read or not',
        querystring: MessageListQuery,
        response: { 200: MessageListSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => messages.list(request.actor, request.query),
  );

  app.post(
    '/messages/:id/read',
    {
      schema: {
        tags,
        summary: 'Mark one message read (for you; others acting for the employer keep theirs)',
        params: IdParams,
        response: { 200: MessageSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => messages.markRead(request.actor, request.params.id),
  );

  app.post(
    '/messages/read',
    {
      schema: {
        tags,
        summary: 'Mark all your messages read, or those of one employer or application',
        body: MarkMessagesReadBody,
        response: { 200: MarkMessagesReadResultSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => messages.markAllRead(request.actor, request.body),
  );
};
