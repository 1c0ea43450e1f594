import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { EmployerListSchema, EmployerSchema, IdParams, MeSchema } from '@loket/contracts';
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
        summary:
          'The employers you act for (an agent: several), with their places of employment and how their applications stand',
        response: { 200: EmployerListSchema, ...problemResponses(401) },
      },
    },
    (request) => employers.listEmployers(request.actor),
  );

  app.get(
    '/employers/:id',
    {
      schema: {
        tags: ['identity'],
        summary: 'One employer you act for, with its places of employment and how its applications stand',
        params: IdParams,
        response: { 200: EmployerSchema, ...problemResponses(400, 401, 404) },
      },
    },
    (request) => employers.getEmployer(request.actor, request.params.id),
  );
};
