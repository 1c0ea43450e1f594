import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { EmployerListSchema, MeSchema } from '@loket/contracts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { EmployerService } from './employers.service.ts';

export const employerRoutes: FastifyPluginAsyncTypebox<{ employers: EmployerService }> = async (
  app,
  { employers },
) => {
  app.get(
    '/me',
    {
      schema: {
        tags: ['identity'],
        summary: 'Who you are signed in as: roles and authority',
        response: { 200: MeSchema, ...problemResponses(401) },
      },
    },
    async (request) => {
      const { id, name, roles, authority } = request.actor;
      return { id, name, roles, ...(authority ? { authority } : {}) };
    },
  );

  app.get(
    '/employers',
    {
      schema: {
        tags: ['identity'],
        summary: 'The employers you act for, with their places of employment',
        response: { 200: EmployerListSchema, ...problemResponses(401) },
      },
    },
    (request) => employers.listEmployers(request.actor),
  );
};
