import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Db } from '@loket/db';
import type { ObjectStore } from '@loket/storage';
import { Type } from 'typebox';

const Check = Type.Enum(['up', 'down']);
const Health = Type.Object({
  status: Type.Enum(['ok', 'degraded']),
  checks: Type.Object({ database: Check, storage: Check }),
});

/** Liveness and readiness in one: 200 when the database and storage answer, 503 otherwise. */
export const healthRoutes: FastifyPluginAsyncTypebox<{ db: Db; store: ObjectStore }> = async (
  app,
  { db, store },
) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['operations'],
        summary: 'Is the API ready to serve?',
        security: [],
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      const [database, storage] = await Promise.all([
        db.$queryRaw`SELECT 1`.then(
          () => 'up' as const,
          () => 'down' as const,
        ),
        store.ping().then(
          (ok) => (ok ? ('up' as const) : ('down' as const)),
          () => 'down' as const,
        ),
      ]);
      const ok = database === 'up' && storage === 'up';
      return reply
        .code(ok ? 200 : 503)
        .send({ status: ok ? 'ok' : 'degraded', checks: { database, storage } });
    },
  );
};
