import type { Actor } from '@loket/auth';
import {
  essentialMailKinds,
  type NoticeList,
  type NoticeView,
  type NotificationPreferences,
  type UpdateNotificationPreferencesBody,
  type UpdateUserPreferencesBody,
  type UserPreferences,
} from '@loket/contracts';
import type { Db } from '@loket/db';
import type { Part, Region } from '@loket/domain';
import { AppError, notFound } from '../../errors.ts';

interface NoticeRow {
  id: string;
  kind: 'supplement_answered';
  application_id: string;
  reference: string;
  part: Part;
  supplement_request_id: string | null;
  personal: boolean;
  read_at: Date | null;
  created_at: Date;
}

/** Caseworkers' notices and applicants' e-mail preferences. */
export function createNotificationService({ db }: { db: Db }) {
  /** The service a caseworker belongs to, which decides the team notices they see. */
  function teamOf(actor: Actor): { part: Part; region: Region | null } {
    if (actor.roles.includes('work_caseworker') && actor.authority?.kind === 'work') {
      return { part: 'work', region: actor.authority.region };
    }
    if (actor.roles.includes('residence_officer') && actor.authority?.kind === 'residence') {
      return { part: 'residence', region: null };
    }
    throw new AppError('forbidden', 'Notices are for caseworkers of an authority.');
  }

  /**
   * The caller's notices: their own (as assignee) and their team's, where a team notice is left out
   * if the same answer already brought them a personal one. Unread first, then newest first.
   */
  async function query(actor: Actor, options: { limit: number; id?: string }): Promise<NoticeRow[]> {
    const { part, region } = teamOf(actor);
    return db.$queryRaw<NoticeRow[]>`
      SELECT n.id::text, n.kind::text AS kind, n.application_id::text, a.reference, n.part::text AS part,
             n.supplement_request_id::text, (n.user_id IS NOT NULL) AS personal, r.read_at, n.created_at
      FROM notice n
      JOIN application a ON a.id = n.application_id
      LEFT JOIN notice_read r ON r.notice_id = n.id AND r.user_id = ${actor.id}
      WHERE n.part = ${part}::"Part"
        AND (n.user_id = ${actor.id}
          OR (n.user_id IS NULL AND n.region IS NOT DISTINCT FROM ${region}::"Region"
              AND NOT EXISTS (SELECT 1 FROM notice p WHERE p.user_id = ${actor.id}
                              AND p.application_id = n.application_id
                              AND p.supplement_request_id IS NOT DISTINCT FROM n.supplement_request_id)))
        AND (${options.id ?? null}::uuid IS NULL OR n.id = ${options.id ?? null}::uuid)
      ORDER BY (r.read_at IS NULL) DESC, n.created_at DESC, n.id DESC
      LIMIT ${options.limit}`;
  }

  const toView = (n: NoticeRow): NoticeView => ({
    id: n.id,
    kind: n.kind,
    applicationId: n.application_id,
    reference: n.reference,
    part: n.part,
    supplementRequestId: n.supplement_request_id,
    personal: n.personal,
    read: n.read_at !== null,
    readAt: n.read_at ? n.read_at.toISOString() : null,
    createdAt: n.created_at.toISOString(),
  });

  function applicantOnly(actor: Actor) {
    if (!actor.roles.includes('applicant')) {
      throw new AppError('forbidden', 'E-mail preferences are for applicants.');
    }
  }

  async function userPreferences(actor: Actor): Promise<UserPreferences> {
    const row = await db.notificationPreference.findUnique({ where: { userId: actor.id } });
    return {
      language: row?.language ?? null,
      email: { nonEssential: row?.nonEssential ?? true, alwaysSent: [...essentialMailKinds] },
    };
  }

  async function preferences(actor: Actor): Promise<NotificationPreferences> {
    return (await userPreferences(actor)).email;
  }

  return {
    async listNotices(actor: Actor, limit: number): Promise<NoticeList> {
      const rows = await query(actor, { limit: 10_000 });
      return { items: rows.slice(0, limit).map(toView), unread: rows.filter((r) => !r.read_at).length };
    },

    async markRead(actor: Actor, id: string): Promise<NoticeView> {
      const [notice] = await query(actor, { limit: 1, id });
      if (!notice) throw notFound('notice');
      await db.noticeRead.createMany({ data: [{ noticeId: id, userId: actor.id }], skipDuplicates: true });
      const [read] = await query(actor, { limit: 1, id });
      return toView(read ?? notice);
    },

    async getPreferences(actor: Actor): Promise<NotificationPreferences> {
      applicantOnly(actor);
      return preferences(actor);
    },

    async setPreferences(
      actor: Actor,
      body: UpdateNotificationPreferencesBody,
    ): Promise<NotificationPreferences> {
      applicantOnly(actor);
      await db.notificationPreference.upsert({
        where: { userId: actor.id },
        create: { userId: actor.id, nonEssential: body.nonEssential },
        update: { nonEssential: body.nonEssential },
      });
      return preferences(actor);
    },

    /** Anyone signed in keeps their language here; the e-mail part concerns applicants' mails. */
    getUserPreferences: userPreferences,

    async setUserPreferences(actor: Actor, body: UpdateUserPreferencesBody): Promise<UserPreferences> {
      const changes = {
        ...(body.language !== undefined ? { language: body.language } : {}),
        ...(body.email?.nonEssential !== undefined ? { nonEssential: body.email.nonEssential } : {}),
      };
      await db.notificationPreference.upsert({
        where: { userId: actor.id },
        create: { userId: actor.id, ...changes },
        update: changes,
      });
      return userPreferences(actor);
    },
  };
}

export type NotificationService = ReturnType<typeof createNotificationService>;
