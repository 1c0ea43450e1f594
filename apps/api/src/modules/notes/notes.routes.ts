import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AddCaseNoteBody,
  CaseNoteListSchema,
  CaseNoteSchema,
  IdParams,
  ProblemSchema,
} from '@loket/contracts';
import type { NoteService } from './notes.service.ts';

const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };

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
