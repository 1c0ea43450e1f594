import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { TeamSchema } from '@loket/contracts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { TeamService } from './team.service.ts';

export const teamRoutes: FastifyPluginAsyncTypebox<{ team: TeamService }> = async (app, { team }) => {
  app.get(
    '/team',
    {
      schema: {
        tags: ['inbox'],
        summary: 'The members of your service (learned from their sign-ins), to assign files to',
        response: { 200: TeamSchema, ...problemResponses(401, 403) },
      },
    },
    (request) => team.team(request.actor),
  );
};
