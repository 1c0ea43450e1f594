import type { Actor } from '@loket/auth';
import type { InboxItem, InboxList, InboxQuery, InboxSort, WorklistKey, Worklists } from '@loket/contracts';
import { type Db, Prisma, queryRows } from '@loket/db';
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
import { applicationScopeSql } from '../access/access.policy.ts';
import { requireService, type Service } from '../team/team.service.ts';

export interface InboxServiceDeps {
  db: Db;
  now?: () => Date;
  /** How a text search looks for its page (docs/inbox.md, "Text search"); tests make it small. */
  searchWalk?: SearchWalk;
}

/**
 * A text search first reads the list's first `sample` entries in its order; if the words are
 * common enough to show there at all, it reads on up to `walk` entries; otherwise, or if that
 * was not enough for a page, it asks the trigram index for every match and sorts them.
 */
export interface SearchWalk {
  sample: number;
  walk: number;
}

const defaultSearchWalk: SearchWalk = { sample: 600, walk: 15_000 };

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

/** The columns the sort fields are stored in (fixed names, never input). */
const sortColumns: Record<SortField, Prisma.Sql> = {
  decisionDeadline: Prisma.raw('a.decision_deadline'),
  submittedAt: Prisma.raw('a.submitted_at'),
  updatedAt: Prisma.raw('a.updated_at'),
  workDecidedAt: Prisma.raw('a.work_decided_at'),
  residenceDecidedAt: Prisma.raw('a.residence_decided_at'),
};

/** The column that says who holds a file in the service's part. */
const holderColumn = (service: Service) =>
  Prisma.raw(service.part === 'work' ? 'a.work_assignee_id' : 'a.residence_assignee_id');

const and = (conditions: Prisma.Sql[]) =>
  conditions.length > 0 ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`;
/** A list of enum values as Prisma writes it: each a cast of a text parameter. */
const enumIn = (column: Prisma.Sql, type: string, values: readonly string[]) =>
  Prisma.sql`${column} IN (${Prisma.join(values.map((v) => Prisma.sql`CAST(${v}::text AS ${Prisma.raw(`"${type}"`)})`))})`;

/**
 * The caseworkers' inbox: worklists (docs/inbox.md) narrowed by filters, in keyset pages. What a
 * caller may see at all comes from `applicationScopeSql` alone; a worklist or filter only narrows it.
 *
 * The queries are SQL on the application table `a`, in one round trip per request: Prisma 6
 * compiles every query anew, which was most of an inbox request's CPU (docs/inbox.md,
 * "Performance"). They are written as Prisma wrote them (the same conditions, enum values as casts
 * of text parameters), so the plans measured there hold.
 */
export function createInboxService({
  db,
  now = () => new Date(),
  searchWalk = defaultSearchWalk,
}: InboxServiceDeps) {
  /**
   * Which files of the caller's part are in a worklist, at `at`. The part's states (domain
   * `partStates`) are written here as the milestones `transition()` sets with them: the work part
   * is open from submission until the work decision or the end, the residence part from the work
   * grant until the end; the clock stands still exactly while the part waits for the applicant.
   * Same files, but plain NULL tests: PostgreSQL receives enum parameters as casts it cannot fold
   * at planning time, so a state list can neither be estimated nor select a partial index, and
   * these lists are served by partial indexes (docs/inbox.md, "Performance").
   */
  function worklistSql(key: WorklistKey, actor: Actor, service: Service, at: Date): Prisma.Sql {
    const holder = holderColumn(service);
    const open =
      service.part === 'work'
        ? Prisma.sql`a.submitted_at IS NOT NULL AND a.work_decided_at IS NULL AND a.closed_at IS NULL`
        : Prisma.sql`a.work_decided_at IS NOT NULL AND a.closed_at IS NULL`;
    const running = Prisma.sql`${open} AND a.clock_paused_since IS NULL`;
    switch (key) {
      case 'new':
        return Prisma.sql`${running} AND ${holder} IS NULL`;
      case 'mine':
        return Prisma.sql`${open} AND ${holder} = ${actor.id}`;
      case 'team':
        return open;
      case 'waiting':
        return Prisma.sql`${open} AND a.clock_paused_since IS NOT NULL`;
      case 'due_soon': {
        const until = new Date(at.getTime() + worklistSettings.dueSoonDays * day);
        return Prisma.sql`${running} AND a.decision_deadline >= ${at}::timestamptz
          AND a.decision_deadline < ${until}::timestamptz`;
      }
      case 'overdue':
        return Prisma.sql`${running} AND a.decision_deadline < ${at}::timestamptz`;
      case 'decided': {
        const since = new Date(at.getTime() - worklistSettings.decidedWithinDays * day);
        return service.part === 'work'
          ? Prisma.sql`a.work_decided_at >= ${since}::timestamptz`
          : Prisma.sql`a.residence_decided_at >= ${since}::timestamptz`;
      }
      case 'all':
        return Prisma.sql`TRUE`;
    }
  }

  /**
   * Every word (3 characters or more) must occur in the application's search text (reference,
   * employer's name, worker's names; lower case without accents, written by the database): one
   * trigram-indexed LIKE per word, which PostgreSQL combines (BitmapAnd) or checks while walking
   * the list's order, whichever is cheaper.
   */
  function searchWords(q: string): string[] {
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
    return words;
  }

  /** Typed text, not a pattern: % and _ match themselves. The form the trigram index serves. */
  const likeSql = (words: string[]) =>
    words.map(
      (word) => Prisma.sql`a.search_text::text LIKE ${`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`,
    );

  /** The same test on a row already read (no index to serve, so no estimate to make). */
  const containsSql = (words: string[], alias: Prisma.Sql) =>
    and(words.map((word) => Prisma.sql`strpos(${alias}.search_text, ${word}) > 0`));

  function filterSql(query: InboxQuery, actor: Actor, service: Service): Prisma.Sql[] {
    const where: Prisma.Sql[] = [];
    if (query.category?.length) where.push(enumIn(Prisma.raw('a.category'), 'Category', query.category));
    if (query.province?.length) where.push(enumIn(Prisma.raw('a.province'), 'Province', query.province));
    if (query.state?.length) where.push(enumIn(Prisma.raw('a.state'), 'ApplicationState', query.state));
    if (query.nationality?.length) {
      where.push(Prisma.sql`a.worker_nationality IN (${Prisma.join(query.nationality)})`);
    }
    if (query.deadlineFrom) {
      where.push(
        Prisma.sql`a.decision_deadline >= ${new Date(`${query.deadlineFrom}T00:00:00Z`)}::timestamptz`,
      );
    }
    if (query.deadlineTo) {
      const end = new Date(new Date(`${query.deadlineTo}T00:00:00Z`).getTime() + day);
      where.push(Prisma.sql`a.decision_deadline < ${end}::timestamptz`);
    }
    if (query.assignee) {
      const holder = holderColumn(service);
      where.push(
        query.assignee === 'none'
          ? Prisma.sql`${holder} IS NULL`
          : Prisma.sql`${holder} = ${query.assignee === 'me' ? actor.id : query.assignee}`,
      );
    }
    return where;
  }

  function keysetSql(sort: Sort, cursor: Cursor): Prisma.Sql {
    const column = sortColumns[sort.field];
    const beyond = Prisma.raw(sort.dir === 'asc' ? '>' : '<');
    const idBeyond = Prisma.sql`a.id ${beyond} ${cursor.id}::uuid`;
    // PostgreSQL's defaults, which the indexes follow: NULLS LAST ascending, NULLS FIRST descending.
    if (cursor.value === null) {
      return sort.dir === 'asc'
        ? Prisma.sql`(${column} IS NULL AND ${idBeyond})`
        : Prisma.sql`((${column} IS NULL AND ${idBeyond}) OR ${column} IS NOT NULL)`;
    }
    const value = Prisma.sql`${new Date(cursor.value)}::timestamptz`;
    const orNull =
      sort.dir === 'asc' && sort.field !== 'updatedAt' ? Prisma.sql` OR ${column} IS NULL` : Prisma.empty;
    return Prisma.sql`(${column} ${beyond} ${value} OR (${column} = ${value} AND ${idBeyond})${orNull})`;
  }

  /**
   * The ids of a page of a text search, in one statement (docs/inbox.md, "Text search"). How to
   * find them depends on how often the words occur, which PostgreSQL estimates from a sample of
   * the search texts: a word in a few dozen files that happens to be in the sample looks like one
   * in a thousand, and walking the list's order for it read 600,000 entries (150 ms). So the
   * statement measures instead: the first `sample` entries of the list in its order show whether
   * the words are common there; if they are, reading on in order up to `walk` entries finds the
   * page (a word in 1 % of the files: about 2,600 entries); if they are not, or that was not
   * enough, the trigram index gives every match, sorted (only the matches are read). Each step
   * runs only if the one before did not fill the page (a one-time filter on its count); the
   * last one orders by an expression no index provides, so that it cannot walk again.
   */
  function searchPageSql(where: Prisma.Sql[], words: string[], sort: Sort, take: number): Prisma.Sql {
    const dir = Prisma.raw(sort.dir === 'asc' ? 'ASC' : 'DESC');
    const column = sortColumns[sort.field];
    const w = Prisma.raw('w');
    const firstEntries = (limit: number) => Prisma.sql`
      SELECT a.id, ${column} AS k, a.search_text FROM application a
       WHERE ${and(where)} ORDER BY ${column} ${dir}, a.id ${dir} LIMIT ${limit}`;
    return Prisma.sql`
      sample AS MATERIALIZED (
        SELECT w.id FROM (${firstEntries(searchWalk.sample)}) w
         WHERE ${containsSql(words, w)} ORDER BY w.k ${dir}, w.id ${dir} LIMIT ${take}
      ),
      walked AS MATERIALIZED (
        SELECT w.id FROM (${firstEntries(searchWalk.walk)}) w
         WHERE (SELECT count(*) FROM sample) BETWEEN 1 AND ${take - 1} AND ${containsSql(words, w)}
         ORDER BY w.k ${dir}, w.id ${dir} LIMIT ${take}
      ),
      page AS MATERIALIZED (
        SELECT id FROM sample WHERE (SELECT count(*) FROM sample) = ${take}
        UNION ALL
        SELECT id FROM walked WHERE (SELECT count(*) FROM walked) = ${take}
        UNION ALL
        (SELECT a.id FROM application a
          WHERE (SELECT count(*) FROM sample) < ${take} AND (SELECT count(*) FROM walked) < ${take}
            AND ${and([...where, ...likeSql(words)])}
          ORDER BY (${column} + interval '0 s') ${dir}, a.id ${dir} LIMIT ${take})
      )`;
  }

  /**
   * A page of the list in one round trip: the scoped query chooses the page's ids (ids only, so
   * partial and covering indexes can answer it without reading table rows), then only those rows
   * are read, with the names and pauses they refer to.
   */
  async function page(where: Prisma.Sql[], sort: Sort, take: number, words?: string[]): Promise<ItemRow[]> {
    const dir = Prisma.raw(sort.dir === 'asc' ? 'ASC' : 'DESC');
    const orderBy = Prisma.sql`${sortColumns[sort.field]} ${dir}, a.id ${dir}`;
    const pageIds = words
      ? searchPageSql(where, words, sort, take)
      : Prisma.sql`page AS MATERIALIZED (
          SELECT a.id FROM application a WHERE ${and(where)} ORDER BY ${orderBy} LIMIT ${take}
        )`;
    return queryRows<ItemRow>(
      db,
      Prisma.sql`
      WITH ${pageIds}
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
        FROM page
        JOIN application a ON a.id = page.id
        JOIN organisation o ON o.id = a.employer_id
        LEFT JOIN member wm ON wm.id = a.work_assignee_id
        LEFT JOIN member rm ON rm.id = a.residence_assignee_id
       ORDER BY ${orderBy}`,
    );
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
      const where = [
        applicationScopeSql(actor),
        worklistSql(worklist, actor, service, at),
        ...filterSql(query, actor, service),
        ...(cursor ? [keysetSql(sort, cursor)] : []),
      ];
      const words = query.q ? searchWords(query.q) : undefined;
      const rows = await page(where, sort, query.limit + 1, words);
      const items = rows.slice(0, query.limit);
      const last = items.at(-1);
      return {
        items: items.map((row) => toItem(row, service, at)),
        nextCursor:
          rows.length > query.limit && last ? encodeCursor(sort.key, last[sort.field], last.id) : null,
      };
    },

    async worklists(actor: Actor): Promise<Worklists> {
      const service = requireService(actor);
      const at = now();
      const scope = applicationScopeSql(actor);
      const counted = worklistKeys.filter((k) => k !== 'all');
      // One statement, one count per worklist: each subquery is planned on its own (an index-only
      // scan of its partial index).
      const [counts] = await queryRows<Record<string, string>>(
        db,
        Prisma.sql`SELECT ${Prisma.join(
          counted.map(
            (key, i) =>
              Prisma.sql`(SELECT count(*) FROM application a
                         WHERE ${scope} AND ${worklistSql(key, actor, service, at)}) AS ${Prisma.raw(`c${i}`)}`,
          ),
        )}`,
      );
      return {
        part: service.part,
        region: service.region,
        items: counted.map((key, i) => ({ key, count: Number(counts?.[`c${i}`] ?? 0) })),
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
