import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AssignBody,
  AssignmentSchema,
  BulkAssignBody,
  BulkAssignResultSchema,
  IdParams,
  IfMatchHeaders,
} from '@loket/contracts';
import { etagOf, ifMatchVersion } from '../../http/if-match.ts';
import { problemResponses, standardProblems } from '../../http/problem-responses.ts';
import type { AssignmentService } from './assignments.service.ts';

const tags = ['inbox'];

export const assignmentRoutes: FastifyPluginAsyncTypebox<{ assignments: AssignmentService }> = async (
  app,
  { assignments },
) => {
  app.put(
    '/applications/:id/assignee',
    {
      schema: {
        tags,
        summary:
          'Take a file (yourself), assign it to a team member, reassign it (with a reason) or release it (null); send If-Match',
        params: IdParams,
        headers: IfMatchHeaders,
        body: AssignBody,
        response: { 200: AssignmentSchema, ...standardProblems },
      },
    },
    async (request, reply) => {
      const result = await assignments.assign(
        request.actor,
        request.params.id,
        request.body,
        ifMatchVersion(request.headers),
      );
      return reply.header('etag', etagOf(result.version)).send(result);
    },
  );

  app.post(
    '/assignments',
    {
      schema: {
        tags,
        summary: 'Assign (or, with assigneeId null, release) many files at once; one result per file',
        body: BulkAssignBody,
        response: { 200: BulkAssignResultSchema, ...problemResponses(400, 401, 403) },
      },
    },
    (request) => assignments.bulkAssign(request.actor, request.body),
  );
};
