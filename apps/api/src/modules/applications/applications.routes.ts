import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ApplicationDetailSchema,
  ApplicationListQuery,
  ApplicationListSchema,
  CreateDraftBody,
  HistorySchema,
  IdParams,
  IfMatchHeaders,
  UpdateDraftBody,
  WithdrawBody,
} from '@loket/contracts';
import { etagOf, ifMatchVersion } from '../../http/if-match.ts';
import { problemResponses, standardProblems } from '../../http/problem-responses.ts';
import type { ApplicationService } from './applications.service.ts';

const tags = ['applications'];

export const applicationRoutes: FastifyPluginAsyncTypebox<{ applications: ApplicationService }> = async (
  app,
  { applications },
) => {
  app.get(
    '/applications',
    {
      schema: {
        tags,
        summary: 'List the applications you may see, newest change first (keyset pagination)',
        querystring: ApplicationListQuery,
        response: { 200: ApplicationListSchema, ...standardProblems },
      },
    },
    (request) => applications.list(request.actor, request.query),
  );

  app.post(
    '/applications',
    {
      schema: {
        tags,
        summary: 'Start a draft application for an employer you act for',
        body: CreateDraftBody,
        response: { 201: ApplicationDetailSchema, ...standardProblems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await applications.createDraft(request.actor, request.body)),
  );

  app.get(
    '/applications/:id',
    {
      schema: {
        tags,
        summary: 'Read an application with its documents, requests, decisions and your possible actions',
        params: IdParams,
        response: { 200: ApplicationDetailSchema, ...standardProblems },
      },
    },
    async (request, reply) => {
      const detail = await applications.getDetail(request.actor, request.params.id);
      // The version to send back as If-Match with a change.
      return reply.header('etag', etagOf(detail.version)).send(detail);
    },
  );

  app.patch(
    '/applications/:id',
    {
      schema: {
        tags,
        summary: 'Save changes to a draft (send the version you last read)',
        params: IdParams,
        body: UpdateDraftBody,
        response: { 200: ApplicationDetailSchema, ...standardProblems },
      },
    },
    (request) => applications.updateDraft(request.actor, request.params.id, request.body),
  );

  app.post(
    '/applications/:id/submit',
    {
      schema: {
        tags,
        summary: 'Submit a complete draft to the competent work service',
        params: IdParams,
        headers: IfMatchHeaders,
        response: { 200: ApplicationDetailSchema, ...standardProblems, ...problemResponses(422) },
      },
    },
    (request) => applications.submit(request.actor, request.params.id, ifMatchVersion(request.headers)),
  );

  app.post(
    '/applications/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw an application that has not ended',
        params: IdParams,
        headers: IfMatchHeaders,
        body: WithdrawBody,
        response: { 200: ApplicationDetailSchema, ...standardProblems },
      },
    },
    (request) =>
      applications.withdraw(request.actor, request.params.id, request.body, ifMatchVersion(request.headers)),
  );

  app.get(
    '/applications/:id/history',
    {
      schema: {
        tags,
        summary: 'Every step of the application: who, when, in which role, and why',
        params: IdParams,
        response: { 200: HistorySchema, ...standardProblems },
      },
    },
    (request) => applications.history(request.actor, request.params.id),
  );
};
