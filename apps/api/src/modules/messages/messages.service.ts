import type { Actor } from '@loket/auth';
import type {
  MarkMessagesReadBody,
  MarkMessagesReadResult,
  Message,
  MessageKind,
  MessageList,
  MessageListQuery,
} from '@loket/contracts';
import { type Db, Prisma } from '@loket/db';
import type { DecisionGround, Part } from '@loket/domain';
import { AppError, notFound } from '../../errors.ts';
import { actsForEmployer } from '../access/access.policy.ts';
import { findVisible } from '../applications/procedure.ts';

interface MessageRow {
  id: string;
  kind: MessageKind;
  application_id: string;
  part: Part;
  sent_at: Date;
  read_at: Date | null;
}

interface Scope {
  employerIds: string[];
  applicationId: string | null;
}

/**
 * The applicant's messages: everything the authorities sent about the applications of the
 * employers the user acts for (access policy: actsForEmployer), newest first, each read or not
 * for this user. A decision's letter is part of its decision; other documents count when an
 * authority shared them with the applicant (documentScope's visibleToApplicant).
 */
export function createMessageService({ db }: { db: Db }) {
  function applicantOnly(actor: Actor) {
    if (!actor.roles.includes('applicant')) {
      throw new AppError(
        'forbidden',
        'Messages are what the authorities sent applicants; you act for no employer.',
      );
    }
  }

  /** The employers (one, when asked for) and the application the messages are about; 404 outside. */
  async function scopeOf(
    actor: Actor,
    filter: { employerId?: string | undefined; applicationId?: string | undefined },
  ): Promise<Scope> {
    applicantOnly(actor);
    const employers = await db.organisation.findMany({ where: actsForEmployer(actor), select: { id: true } });
    let employerIds = employers.map((e) => e.id);
    if (filter.employerId) {
      if (!employerIds.includes(filter.employerId)) throw notFound('employer');
      employerIds = [filter.employerId];
    }
    if (filter.applicationId) await findVisible(db, actor, filter.applicationId);
    return { employerIds, applicationId: filter.applicationId ?? null };
  }

  /** Every message in the scope, with this user's read time. */
  function messagesOf(actor: Actor, scope: Scope) {
    const inScope = Prisma.sql`a.employer_id = ANY(${scope.employerIds}::uuid[])
      AND (${scope.applicationId}::uuid IS NULL OR a.id = ${scope.applicationId}::uuid)`;
    return Prisma.sql`
      SELECT m.id, m.kind, m.application_id, m.part, m.sent_at, r.read_at
      FROM (
        SELECT s.id, 'supplement_request' AS kind, s.application_id, s.part::text AS part, s.created_at AS sent_at
        FROM supplement_request s JOIN application a ON a.id = s.application_id
        WHERE ${inScope}
        UNION ALL
        SELECT d.id, 'decision', d.application_id, d.part::text, d.decided_at
        FROM decision d JOIN application a ON a.id = d.application_id
        WHERE ${inScope}
        UNION ALL
        SELECT v.id, 'document', doc.application_id, doc.origin::text, v.created_at
        FROM document_version v
        JOIN document doc ON doc.id = v.document_id
        JOIN application a ON a.id = doc.application_id
        WHERE ${inScope} AND doc.origin <> 'applicant' AND doc.visible_to_applicant
          AND NOT EXISTS (SELECT 1 FROM decision l WHERE l.letter_version_id = v.id)
      ) m
      LEFT JOIN message_read r ON r.message_id = m.id AND r.user_id = ${actor.id}`;
  }

  async function unreadCount(actor: Actor, scope: Scope): Promise<number> {
    const [row] = await db.$queryRaw<{ unread: number }[]>`
      SELECT count(*)::int AS unread FROM (${messagesOf(actor, scope)}) x WHERE x.read_at IS NULL`;
    return row?.unread ?? 0;
  }

  /** The contract's shape for a page of rows: their details in one query per kind. */
  async function views(rows: MessageRow[]): Promise<Message[]> {
    const ids = (kind: MessageKind) => rows.filter((r) => r.kind === kind).map((r) => r.id);
    const [requests, decisions, versions, applications] = await Promise.all([
      db.supplementRequest.findMany({ where: { id: { in: ids('supplement_request') } } }),
      db.decision.findMany({ where: { id: { in: ids('decision') } } }),
      db.documentVersion.findMany({ where: { id: { in: ids('document') } }, include: { document: true } }),
      db.application.findMany({
        where: { id: { in: [...new Set(rows.map((r) => r.application_id))] } },
        include: { employer: true },
      }),
    ]);
    return rows.flatMap((row): Message[] => {
      const app = applications.find((a) => a.id === row.application_id);
      if (!app) return [];
      const request = requests.find((r) => r.id === row.id);
      const decision = decisions.find((d) => d.id === row.id);
      const version = versions.find((v) => v.id === row.id);
      const workerName = [app.workerGivenName, app.workerFamilyName].filter(Boolean).join(' ');
      return [
        {
          id: row.id,
          kind: row.kind,
          application: {
            id: app.id,
            reference: app.reference,
            employer: { id: app.employer.id, name: app.employer.name },
            workerName: workerName || null,
          },
          from:
            row.part === 'work'
              ? { party: 'work_service', region: app.region }
              : { party: 'residence_service', region: null },
          part: row.part,
          sentAt: row.sent_at.toISOString(),
          read: row.read_at !== null,
          readAt: row.read_at ? row.read_at.toISOString() : null,
          supplementRequest: request
            ? {
                status: request.status,
                dueDate: request.dueDate.toISOString().slice(0, 10),
                documentTypes: request.documentTypes,
                questions: request.questions,
                message: request.message,
              }
            : null,
          decision: decision
            ? {
                outcome: decision.outcome,
                grounds: decision.grounds as DecisionGround[],
                letterVersionId: decision.letterVersionId,
              }
            : null,
          document: version
            ? {
                documentId: version.documentId,
                versionId: version.id,
                type: version.document.type,
                fileName: version.fileName,
              }
            : null,
        },
      ];
    });
  }

  async function one(actor: Actor, scope: Scope, id: string): Promise<MessageRow | undefined> {
    const [row] = await db.$queryRaw<MessageRow[]>`
      SELECT * FROM (${messagesOf(actor, scope)}) x WHERE x.id = ${id}::uuid`;
    return row;
  }

  return {
    async list(actor: Actor, query: MessageListQuery): Promise<MessageList> {
      const scope = await scopeOf(actor, query);
      const cursor = query.cursor ? decodeCursor(query.cursor) : null;
      const rows = await db.$queryRaw<MessageRow[]>`
        SELECT * FROM (${messagesOf(actor, scope)}) x
        WHERE (${query.unread === true} = false OR x.read_at IS NULL)
          AND (${cursor?.at ?? null}::timestamptz IS NULL
               OR (x.sent_at, x.id) < (${cursor?.at ?? null}::timestamptz, ${cursor?.id ?? null}::uuid))
        ORDER BY x.sent_at DESC, x.id DESC
        LIMIT ${query.limit + 1}`;
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: await views(page),
        unread: await unreadCount(actor, scope),
        nextCursor: rows.length > query.limit && last ? encodeCursor(last.sent_at, last.id) : null,
      };
    },

    async markRead(actor: Actor, id: string): Promise<Message> {
      const scope = await scopeOf(actor, {});
      const row = await one(actor, scope, id);
      if (!row) throw notFound('message');
      await db.messageRead.createMany({ data: [{ userId: actor.id, messageId: id }], skipDuplicates: true });
      const [view] = await views([(await one(actor, scope, id)) ?? row]);
      if (!view) throw notFound('message');
      return view;
    },

    async markAllRead(actor: Actor, body: MarkMessagesReadBody): Promise<MarkMessagesReadResult> {
      const scope = await scopeOf(actor, body);
      const marked = await db.$executeRaw`
        INSERT INTO message_read (user_id, message_id)
        SELECT ${actor.id}, x.id FROM (${messagesOf(actor, scope)}) x WHERE x.read_at IS NULL
        ON CONFLICT DO NOTHING`;
      return { marked, unread: await unreadCount(actor, await scopeOf(actor, {})) };
    },
  };
}

export type MessageService = ReturnType<typeof createMessageService>;

function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

function decodeCursor(cursor: string): { at: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, string];
    const date = new Date(at);
    if (Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) throw new Error('bad cursor');
    return { at: date, id };
  } catch {
    throw new AppError('validation_failed', 'The cursor is not valid; start again from the first page.');
  }
}
