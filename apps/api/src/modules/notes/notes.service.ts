import type { Actor } from '@loket/auth';
import type { AddCaseNoteBody, CaseNote, CaseNoteList } from '@loket/contracts';
import type { Db } from '@loket/db';
import { AppError } from '../../errors.ts';
import { authorityKindOf } from '../access/access.policy.ts';
import { findVisible } from '../applications/procedure.ts';

/**
 * Internal notes per authority. A note belongs to the part of its author's authority; only that
 * authority lists it. Applicants have no notes and see none.
 */
export function createNoteService({ db }: { db: Db }) {
  function partOf(actor: Actor) {
    const part = authorityKindOf(actor);
    if (!part) throw new AppError('forbidden', 'Only caseworkers of an authority keep internal notes.');
    return part;
  }

  return {
    async list(actor: Actor, applicationId: string): Promise<CaseNoteList> {
      const part = partOf(actor);
      await findVisible(db, actor, applicationId);
      const notes = await db.caseNote.findMany({
        where: { applicationId, part },
        orderBy: { createdAt: 'asc' },
      });
      return { items: notes.map(toView) };
    },

    async add(actor: Actor, applicationId: string, body: AddCaseNoteBody): Promise<CaseNote> {
      const part = partOf(actor);
      await findVisible(db, actor, applicationId);
      const note = await db.caseNote.create({
        data: { applicationId, part, authorId: actor.id, authorName: actor.name, text: body.text.trim() },
      });
      return toView(note);
    },
  };
}

export type NoteService = ReturnType<typeof createNoteService>;

function toView(n: {
  id: string;
  part: 'work' | 'residence';
  authorName: string;
  text: string;
  createdAt: Date;
}): CaseNote {
  return {
    id: n.id,
    part: n.part,
    authorName: n.authorName,
    text: n.text,
    createdAt: n.createdAt.toISOString(),
  };
}
