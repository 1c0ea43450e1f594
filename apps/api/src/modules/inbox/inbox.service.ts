import type { Actor } from '@loket/auth';
import type { InboxItem, InboxList, InboxQuery, InboxSort, WorklistKey, Worklists } from '@loket/contracts';
import type { Db, Prisma } from '@loket/db';
import {
  type ApplicationState,
  type Category,
  categoryTargetDate,
  handOffDueDate,
  isTerminal,
  normalizeForSearch,
  type Pause,
  type Province,
  partStates,
  type Region,
  readLegalClock,
  worklistKeys,
  worklistSettings,
} from '@loket/domain';
import { AppError } from '../../errors.ts';
import { applicationScope } from '../access/access.policy.ts';
import { requireService, type Service } from '../team/team.service.ts';

export interface InboxServiceDeps {
  db: Db;
  now?: () => Date;
}

const day = 86_400_000;

/** A list row as a page shows it: the application's columns, the names it refers to, its pauses. */
interface ItemRow {
  id: string;
  reference: string;
  state: ApplicationState;
  version: number;
  category: Category | null;
  region: Region | null;
  province: Province | null;
  workerGivenName: string | null;
  workerFamilyName: string | null;
  workerNationality: string | null;
  submittedAt: Date | null;
  admissibleAt: Date | null;
  updatedAt: Date;
  workDecidedAt: Date | null;
  residenceDecidedAt: Date | null;
  decisionDeadline: Date | null;
  deadlineExtensionDays: number | null;
  employerId: string;
  employerName: string;
  workAssigneeId: string | null;
  workAssigneeName: string | null;
  residenceAssigneeId: string | null;
  residenceAssigneeName: string | null;
  /** [from, to] of each supplement request (JSON timestamps), or null. */
  pauses: [string, string | null][] | null;
}

type SortField = 'decisionDeadline' | 'submittedAt' | 'updatedAt' | 'workDecidedAt' | 'residenceDecidedAt';

interface Sort {
  key: InboxSort;
  field: SortField;
  dir: 'asc' | 'desc';
}

function sortOf(key: InboxSort, service: Service): Sort {
  const desc = key.startsWith('-');
  const name = desc ? key.slice(1) : key;
  const field: SortField =
    name === 'deadline'
      ? 'decisionDeadline'
      : name === 'submitted'
        ? 'submittedAt'
        : name === 'updated'
          ? 'updatedAt'
          : service.part === 'work'
            ? 'workDecidedAt'
            : 'residenceDecidedAt';
  return { key, field, dir: desc ? 'desc' : 'asc' };
}

/**
 * The caseworkers' inbox: worklists (docs/inbox.md) narrowed by filters, in keyset pages. What a
 * caller may see at all comes from `applicationScope` alone; a worklist or filter only narrows it.
 */
export function createInboxService({ db, now = () => new Date() }: InboxServiceDeps) {
  /**
   * Which files of the caller's part are in a worklist, at `at`. The part's states (domain
   * `partStates`) are written here as the milestones `transition()` sets with them: the work part
   * is open from submission until the work decision or the end, the residence part from the work
   * grant until the end; the clock stands still exactly while the part waits for the applicant.
   * Same files, but plain NULL tests: PostgreSQL receives enum parameters as casts it cannot fold
   * at planning time, so a state list can neither be estimated nor select a partial index, and
   * these lists are served by partial indexes (docs/inbox.md, "Performance").
   */
  function worklistWhere(
    key: WorklistKey,
    actor: Actor,
    service: Service,
    at: Date,
  ): Prisma.ApplicationWhereInput {
    const holder = service.part === 'work' ? 'workAssigneeId' : 'residenceAssigneeId';
    const open: Prisma.ApplicationWhereInput =
      service.part === 'work'
        ? { submittedAt: { not: null }, workDecidedAt: null, closedAt: null }
        : { workDecidedAt: { not: null }, closedAt: null };
    const running = { ...open, clockPausedSince: null };
    switch (key) {
      case 'new':
        return { ...running, [holder]: null };
      case 'mine':
        return { ...open, [holder]: actor.id };
      case 'team':
        return open;
      case 'waiting':
        return { ...open, clockPausedSince: { not: null } };
      case 'due_soon':
        return {
          ...running,
          decisionDeadline: { gte: at, lt: new Date(at.getTime() + worklistSettings.dueSoonDays * day) },
        };
      case 'overdue':
        return { ...running, decisionDeadline: { lt: at } };
      case 'decided': {
        const since = new Date(at.getTime() - worklistSettings.decidedWithinDays * day);
        return service.part === 'work'
          ? { workDecidedAt: { gte: since } }
          : { residenceDecidedAt: { gte: since } };
      }
      case 'all':
        return {};
    }
  }

  /**
   * Every word (3 characters or more) must occur in the application's search text (reference,
   * employer's name, worker's names; lower case without accents, written by the database): one
   * trigram-indexed LIKE per word, which PostgreSQL combines (BitmapAnd) or checks while walking
   * the list's order, whichever is cheaper.
   */
  function textWhere(q: string): Prisma.ApplicationWhereInput[] {
    const words = [...new Set(normalizeForSearch(q).trim().split(/\s+/))].filter((w) => w.length >= 3);
    if (words.length === 0) {
      throw new AppError('validation_failed', 'Search for at least one word of three characters or more.', [
        {
          pointer: '/q',
          code: 'too_short',
          params: { limit: 3 },
          message: 'Type at least three characters.',
        },
      ]);
    }
    // Typed text, not a pattern: % and _ match themselves (Prisma passes them on as wildcards).
    return words.map((word) => ({ searchText: { contains: word.replace(/[\\%_]/g, (c) => `\\${c}`) } }));
  }

  function filterWhere(query: InboxQuery, actor: Actor, service: Service): Prisma.ApplicationWhereInput[] {
    const holder = service.part === 'work' ? 'workAssigneeId' : 'residenceAssigneeId';
    const where: Prisma.ApplicationWhereInput[] = [];
    if (query.category?.length) where.push({ category: { in: query.category } });
    if (query.province?.length) where.push({ province: { in: query.province } });
    if (query.state?.length) where.push({ state: { in: query.state } });
    if (query.nationality?.length) where.push({ workerNationality: { in: query.nationality } });
    if (query.deadlineFrom)
      where.push({ decisionDeadline: { gte: new Date(`${query.deadlineFrom}T00:00:00Z`) } });
    if (query.deadlineTo) {
      where.push({
        decisionDeadline: { lt: new Date(new Date(`${query.deadlineTo}T00:00:00Z`).getTime() + day) },
      });
    }
    if (query.assignee) {
      const assignee = query.assignee === 'me' ? actor.id : query.assignee === 'none' ? null : query.assignee;
      where.push({ [holder]: assignee });
    }
    return where;
  }

  function keysetWhere(sort: Sort, cursor: Cursor): Prisma.ApplicationWhereInput {
    const { field, dir } = sort;
    const beyond = dir === 'asc' ? 'gt' : 'lt';
    const idBeyond = { id: { [beyond]: cursor.id } };
    // PostgreSQL's defaults, which the indexes follow: NULLS LAST ascending, NULLS FIRST descending.
    if (cursor.value === null) {
      return dir === 'asc'
        ? { [field]: null, ...idBeyond }
        : { OR: [{ [field]: null, ...idBeyond }, { [field]: { not: null } }] };
    }
    const value = new Date(cursor.value);
    return {
      OR: [
        { [field]: { [beyond]: value } },
        { [field]: value, ...idBeyond },
        ...(dir === 'asc' && field !== 'updatedAt' ? [{ [field]: null }] : []),
      ],
    };
  }

  /**
   * The rows of a page whose ids the scoped query chose, with the names and pauses they refer
   * to, in one round trip (Prisma would compile a query per relation, and compiling is most of
   * an inbox request's CPU; docs/inbox.md). Only ids that applicationScope let through get here.
   */
  async function hydrate(ids: string[]): Promise<Map<string, ItemRow>> {
    if (ids.length === 0) return new Map();
    const rows = await db.$queryRaw<ItemRow[]>`
      SELECT a.id::text AS id, a.reference, a.state::text AS state, a.version,
             a.category::text AS category, a.region::text AS region, a.province::text AS province,
             a.worker_given_name AS "workerGivenName", a.worker_family_name AS "workerFamilyName",
             a.worker_nationality AS "workerNationality", a.submitted_at AS "submittedAt",
             a.admissible_at AS "admissibleAt", a.updated_at AS "updatedAt",
             a.work_decided_at AS "workDecidedAt", a.residence_decided_at AS "residenceDecidedAt",
             a.decision_deadline AS "decisionDeadline", a.deadline_extension_days AS "deadlineExtensionDays",
             a.employer_id::text AS "employerId", o.name AS "employerName",
             a.work_assignee_id AS "workAssigneeId", wm.name AS "workAssigneeName",
             a.residence_assignee_id AS "residenceAssigneeId", rm.name AS "residenceAssigneeName",
             (SELECT json_agg(json_build_array(s.created_at, s.answered_at))
                FROM supplement_request s WHERE s.application_id = a.id) AS pauses
        FROM application a
        JOIN organisation o ON o.id = a.employer_id
        LEFT JOIN member wm ON wm.id = a.work_assignee_id
        LEFT JOIN member rm ON rm.id = a.residence_assignee_id
       WHERE a.id = ANY(${ids}::uuid[])`;
    return new Map(rows.map((r) => [r.id, r]));
  }

  function toItem(row: ItemRow, service: Service, at: Date): InboxItem {
    const pauses: Pause[] = (row.pauses ?? []).map(([from, to]) => ({
      from: new Date(from),
      to: to ? new Date(to) : null,
    }));
    const member = (id: string | null, name: string | null) => (id ? { id, name: name ?? id } : null);
    const running = row.submittedAt !== null && !isTerminal(row.state);
    const clock =
      running && row.submittedAt
        ? readLegalClock({ startedAt: row.submittedAt, pauses, extensionDays: row.deadlineExtensionDays }, at)
        : null;
    const workOpen = partStates.work.open.includes(row.state);
    const target =
      service.part === 'work' && workOpen && row.submittedAt && row.region && row.category
        ? categoryTargetDate(
            { startedAt: row.submittedAt, pauses, region: row.region, category: row.category },
            at,
          )
        : null;
    const handOff = row.state === 'work_review' && row.admissibleAt ? handOffDueDate(row.admissibleAt) : null;
    const workerName = [row.workerGivenName, row.workerFamilyName].filter(Boolean).join(' ');
    const assignees = {
      work: member(row.workAssigneeId, row.workAssigneeName),
      residence: member(row.residenceAssigneeId, row.residenceAssigneeName),
    };
    const decidedAt = service.part === 'work' ? row.workDecidedAt : row.residenceDecidedAt;
    return {
      id: row.id,
      reference: row.reference,
      state: row.state,
      version: row.version,
      category: row.category,
      region: row.region,
      province: row.province,
      employer: { id: row.employerId, name: row.employerName },
      workerName: workerName || null,
      nationality: row.workerNationality,
      submittedAt: row.submittedAt?.toISOString() ?? null,
      admissibleAt: row.admissibleAt?.toISOString() ?? null,
      updatedAt: row.updatedAt.toISOString(),
      part: service.part,
      assignee: assignees[service.part],
      assignees,
      legalDeadline: clock?.deadline.toISOString() ?? null,
      paused: clock?.paused ?? false,
      daysLeft: clock?.daysLeft ?? null,
      extended: (row.deadlineExtensionDays ?? 0) > 0,
      handOffDueDate: handOff?.toISOString().slice(0, 10) ?? null,
      categoryTargetDate: target?.toISOString().slice(0, 10) ?? null,
      decidedAt: decidedAt?.toISOString() ?? null,
    };
  }

  return {
    async list(actor: Actor, query: InboxQuery): Promise<InboxList> {
      const service = requireService(actor);
      const at = now();
      const worklist = query.worklist ?? 'team';
      // Recent decisions, latest first: also what the (region, decided_at) indexes serve.
      const sort = sortOf(query.sort ?? (worklist === 'decided' ? '-decided' : 'deadline'), service);
      const cursor = query.cursor ? decodeCursor(query.cursor, sort.key) : undefined;
      const where: Prisma.ApplicationWhereInput = {
        AND: [
          applicationScope(actor),
          worklistWhere(worklist, actor, service, at),
          ...filterWhere(query, actor, service),
          ...(query.q ? textWhere(query.q) : []),
          ...(cursor ? [keysetWhere(sort, cursor)] : []),
        ],
      };
      const orderBy = [{ [sort.field]: sort.dir }, { id: sort.dir }];
      const take = query.limit + 1;
      // The scoped query chooses the page (ids only: partial and covering indexes can answer it
      // without reading table rows), then only the page's rows are read.
      const keys = await db.application.findMany({ where, select: { id: true }, orderBy, take });
      const byId = await hydrate(keys.map((k) => k.id));
      const rows = keys.map((k) => byId.get(k.id)).filter((r): r is ItemRow => r !== undefined);
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.map((row) => toItem(row, service, at)),
        nextCursor:
          rows.length > query.limit && last ? encodeCursor(sort.key, last[sort.field], last.id) : null,
      };
    },

    async worklists(actor: Actor): Promise<Worklists> {
      const service = requireService(actor);
      const at = now();
      const scope = applicationScope(actor);
      const counted = worklistKeys.filter((k) => k !== 'all');
      const counts = await Promise.all(
        counted.map((key) =>
          db.application.count({ where: { AND: [scope, worklistWhere(key, actor, service, at)] } }),
        ),
      );
      return {
        part: service.part,
        region: service.region,
        items: counted.map((key, i) => ({ key, count: counts[i] ?? 0 })),
        dueSoonDays: worklistSettings.dueSoonDays,
        decidedWithinDays: worklistSettings.decidedWithinDays,
      };
    },
  };
}

export type InboxService = ReturnType<typeof createInboxService>;

interface Cursor {
  value: string | null;
  id: string;
}

function encodeCursor(sort: InboxSort, value: Date | null, id: string): string {
  return Buffer.from(JSON.stringify([sort, value?.toISOString() ?? null, id])).toString('base64url');
}

function decodeCursor(cursor: string, sort: InboxSort): Cursor {
  try {
    const [s, value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [
      string,
      unknown,
      unknown,
    ];
    if (s !== sort) throw new Error('another sort');
    if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) throw new Error('bad id');
    if (value !== null && (typeof value !== 'string' || Number.isNaN(Date.parse(value)))) {
      throw new Error('bad value');
    }
    return { value, id };
  } catch {
    throw new AppError(
      'validation_failed',
      'The cursor is not valid for this list; start again from the first page.',
      [{ pointer: '/cursor', code: 'invalid', message: 'Leave the cursor out to get the first page.' }],
    );
  }
}
