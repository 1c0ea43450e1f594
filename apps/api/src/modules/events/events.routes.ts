import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApplicationChangedEventSchema } from '@loket/contracts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { LiveEvents } from './live-events.ts';

export const eventRoutes: FastifyPluginAsyncTypebox<{ live: LiveEvents }> = async (app, { live }) => {
  app.get(
    '/events',
    {
      schema: {
        tags: ['events'],
        summary: 'Live changes to the applications you may see (Server-Sent Events)',
        description:
          'A text/event-stream: `ready` once live, `application` with { applicationId, version, state, action, at } ' +
          'for every change to an application you may see at that moment, `resync` when changes may have been ' +
          'missed (refetch), and keep-alive comments. Authenticated with the Bearer header only (read it with ' +
          'fetch, not EventSource). The stream ends when the access token expires: reconnect with a fresh one.',
        produces: ['text/event-stream'],
        response: {
          200: {
            description: 'The stream; each `application` event carries this object as its data',
            content: { 'text/event-stream': { schema: ApplicationChangedEventSchema } },
          },
          ...problemResponses(401, 429),
        },
      },
    },
    async (request, reply) => {
      const stream = live.open(request.actor, tokenExpiry(request.headers.authorization));
      reply.raw.on('close', stream.close);
      return reply
        .header('Content-Type', 'text/event-stream; charset=utf-8')
        .header('Cache-Control', 'no-cache, no-store, no-transform')
        .header('X-Accel-Buffering', 'no') // nginx: pass each event on at once
        .send(stream.body as never); // a stream of the schema's events, not one of them
    },
  );
};

/**
 * The `exp` of the bearer token, which `authenticate` has already verified on this request: the
 * stream must not outlive it (a user whose access was withdrawn stops hearing at the latest then).
 */
function tokenExpiry(authorization: string | undefined): Date | undefined {
  const payload = authorization?.split(' ')[1]?.split('.')[1];
  if (!payload) return undefined;
  try {
    const { exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof exp === 'number' ? new Date(exp * 1000) : undefined;
  } catch {
    return undefined;
  }
}
