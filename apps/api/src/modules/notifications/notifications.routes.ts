import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  IdParams,
  NoticeListQuery,
  NoticeListSchema,
  NoticeSchema,
  NotificationPreferencesSchema,
  UpdateNotificationPreferencesBody,
  UpdateUserPreferencesBody,
  UserPreferencesSchema,
} from '@loket/contracts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { NotificationService } from './notifications.service.ts';

export const notificationRoutes: FastifyPluginAsyncTypebox<{ notifications: NotificationService }> = async (
  app,
  { notifications },
) => {
  app.get(
    '/notices',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Your notices as a caseworker (answers to your service’s requests), unread first',
        querystring: NoticeListQuery,
        response: { 200: NoticeListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    (request) => notifications.listNotices(request.actor, request.query.limit),
  );

  app.post(
    '/notices/:id/read',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Mark one of your notices read (for you; your colleagues keep theirs)',
        params: IdParams,
        response: { 200: NoticeSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => notifications.markRead(request.actor, request.params.id),
  );

  app.get(
    '/me/notification-preferences',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Your e-mail preferences as an applicant',
        response: { 200: NotificationPreferencesSchema, ...problemResponses(401, 403) },
      },
    },
    (request) => notifications.getPreferences(request.actor),
  );

  app.put(
    '/me/notification-preferences',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Opt in or out of non-essential e-mails (requests and decisions are always sent)',
        body: UpdateNotificationPreferencesBody,
        response: { 200: NotificationPreferencesSchema, ...problemResponses(400, 401, 403) },
      },
    },
    (request) => notifications.setPreferences(request.actor, request.body),
  );

  app.get(
    '/me/preferences',
    {
      schema: {
        tags: ['identity'],
        summary: 'Your preferences, the same on every device: the portal language and your e-mails',
        response: { 200: UserPreferencesSchema, ...problemResponses(401) },
      },
    },
    (request) => notifications.getUserPreferences(request.actor),
  );

  app.put(
    '/me/preferences',
    {
      schema: {
        tags: ['identity'],
        summary:
          'Change your preferences: only the fields sent change (language null forgets the choice; requests and decisions are always e-mailed)',
        body: UpdateUserPreferencesBody,
        response: { 200: UserPreferencesSchema, ...problemResponses(400, 401) },
      },
    },
    (request) => notifications.setUserPreferences(request.actor, request.body),
  );
};
