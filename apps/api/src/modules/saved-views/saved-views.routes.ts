import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateSavedViewBody,
  IdParams,
  SavedViewListSchema,
  SavedViewSchema,
  UpdateSavedViewBody,
} from '@loket/contracts';
import { Type } from 'typebox';
import { problemResponses } from '../../http/problem-responses.ts';
import type { SavedViewService } from './saved-views.service.ts';

const tags = ['inbox'];
const problems = problemResponses(400, 401, 403, 404);

export const savedViewRoutes: FastifyPluginAsyncTypebox<{ savedViews: SavedViewService }> = async (
  app,
  { savedViews },
) => {
  app.get(
    '/saved-views',
    {
      schema: {
        tags,
        summary: 'Your saved inbox views',
        response: { 200: SavedViewListSchema, ...problems },
      },
    },
    (request) => savedViews.list(request.actor),
  );

  app.post(
    '/saved-views',
    {
      schema: {
        tags,
        summary: 'Save an inbox view (worklist, filters, sort) under a name of your own',
        body: CreateSavedViewBody,
        response: { 201: SavedViewSchema, ...problems },
      },
    },
    async (request, reply) => reply.code(201).send(await savedViews.create(request.actor, request.body)),
  );

  app.get(
    '/saved-views/:id',
    {
      schema: {
        tags,
        summary: 'One of your saved views',
        params: IdParams,
        response: { 200: SavedViewSchema, ...problems },
      },
    },
    (request) => savedViews.get(request.actor, request.params.id),
  );

  app.patch(
    '/saved-views/:id',
    {
      schema: {
        tags,
        summary: 'Rename a saved view or replace its query',
        params: IdParams,
        body: UpdateSavedViewBody,
        response: { 200: SavedViewSchema, ...problems },
      },
    },
    (request) => savedViews.update(request.actor, request.params.id, request.body),
  );

  app.delete(
    '/saved-views/:id',
    {
      schema: {
        tags,
        summary: 'Delete a saved view',
        params: IdParams,
        response: { 204: Type.Null(), ...problems },
      },
    },
    async (request, reply) => {
      await savedViews.remove(request.actor, request.params.id);
      return reply.code(204).send(null);
    },
  );
};
