import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AddCaseNoteBody, CaseNoteListSchema, CaseNoteSchema, IdParams } from '@loket/contracts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { NoteService } from './notes.service.ts';

const problems = problemResponses(400, 401, 403, 404);

export const noteRoutes: FastifyPluginAsyncTypebox<{ notes: NoteService }> = async (app, { notes }) => {
  app.get(
    '/applications/:id/notes',
    {
      schema: {
        tags: ['notes'],
        summary:
          "Your authority's internal notes on a file (the other authority and the applicant never see them)",
        params: IdParams,
        response: { 200: CaseNoteListSchema, ...problems },
      },
    },
    (request) => notes.list(request.actor, request.params.id),
  );

  app.post(
    '/applications/:id/notes',
    {
      schema: {
        tags: ['notes'],
        summary: 'Add an internal note for your authority',
        params: IdParams,
        body: AddCaseNoteBody,
        response: { 201: CaseNoteSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await notes.add(request.actor, request.params.id, request.body)),
  );
};
