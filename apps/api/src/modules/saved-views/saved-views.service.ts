import type { Actor } from '@loket/auth';
import type {
  CreateSavedViewBody,
  SavedView,
  SavedViewList,
  SavedViewQuery,
  UpdateSavedViewBody,
} from '@loket/contracts';
import { type Db, Prisma } from '@loket/db';
import { AppError, notFound } from '../../errors.ts';
import { requireService } from '../team/team.service.ts';

type Row = Prisma.SavedViewGetPayload<object>;

const toView = (row: Row): SavedView => ({
  id: row.id,
  name: row.name,
  query: row.query as SavedViewQuery,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const duplicateName = () =>
  new AppError('validation_failed', 'You already have a view with this name.', [
    { pointer: '/name', code: 'taken', message: 'Choose another name.' },
  ]);

/**
 * A caseworker's saved inbox views. Every query is bound to the owner's id: another user's view
 * is "not found", whatever its id.
 */
export function createSavedViewService({ db }: { db: Db }) {
  async function owned(actor: Actor, id: string): Promise<Row> {
    const row = await db.savedView.findFirst({ where: { id, ownerId: actor.id } });
    if (!row) throw notFound('saved view');
    return row;
  }

  const unique = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
        throw duplicateName();
      throw error;
    }
  };

  return {
    async list(actor: Actor): Promise<SavedViewList> {
      requireService(actor);
      const rows = await db.savedView.findMany({
        where: { ownerId: actor.id },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      });
      return { items: rows.map(toView) };
    },

    async get(actor: Actor, id: string): Promise<SavedView> {
      return toView(await owned(actor, id));
    },

    async create(actor: Actor, body: CreateSavedViewBody): Promise<SavedView> {
      requireService(actor);
      const row = await unique(() =>
        db.savedView.create({ data: { ownerId: actor.id, name: body.name, query: body.query } }),
      );
      return toView(row);
    },

    async update(actor: Actor, id: string, body: UpdateSavedViewBody): Promise<SavedView> {
      await owned(actor, id);
      const row = await unique(() =>
        db.savedView.update({
          where: { id },
          data: {
            ...(body.name === undefined ? {} : { name: body.name }),
            ...(body.query === undefined ? {} : { query: body.query }),
          },
        }),
      );
      return toView(row);
    },

    async remove(actor: Actor, id: string): Promise<void> {
      const deleted = await db.savedView.deleteMany({ where: { id, ownerId: actor.id } });
      if (deleted.count === 0) throw notFound('saved view');
    },
  };
}

export type SavedViewService = ReturnType<typeof createSavedViewService>;
