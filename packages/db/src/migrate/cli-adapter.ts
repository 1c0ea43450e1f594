/**
 * The driver adapter the Prisma CLI (wasm schema engine, `engine: "js"`) runs migrations over.
 * Loaded only by prisma.config.ts, i.e. inside the Prisma CLI process; the application's own
 * client (createDb) never goes through here. See docs/adr/0001-prisma-and-migrations.md.
 */
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

/** pg's oids for the catalog types the schema engine selects but adapter-pg cannot map. */
const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;
/** ColumnTypeEnum.Character in @prisma/driver-adapter-utils. */
const CHARACTER_COLUMN = 6;

interface FieldLike {
  dataTypeID: number;
}
interface ResultLike {
  fields?: FieldLike[];
  rows?: unknown[];
}

/** Which columns of a result set were `"char"`, keyed by the result's rows array (adapter-pg passes it through). */
const charColumnsByRows = new WeakMap<object, number[]>();

function relabelCatalogTypes<T>(result: T): T {
  const results = Array.isArray(result) ? result : [result];
  for (const r of results as ResultLike[]) {
    const charColumns: number[] = [];
    r?.fields?.forEach((field, index) => {
      if (field.dataTypeID === CHAR_OID) charColumns.push(index);
      if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    });
    if (charColumns.length > 0 && r.rows) charColumnsByRows.set(r.rows, charColumns);
  }
  return result;
}

/**
 * Workaround 1, prisma/orm#27403: the schema engine introspects pg_catalog columns of type `name`
 * and `"char"`, which adapter-pg refuses ("Column type 'name' could not be deserialized"). Both
 * are text on the wire, so pg is told they are `text`. Done on the pg client class so pooled
 * queries and transaction connections are both covered.
 */
class CatalogTextClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg.Client#query has a dozen overloads; this forwards all of them.
  override query(...args: any[]): any {
    const last = args.at(-1);
    if (typeof last === 'function') {
      args[args.length - 1] = (err: unknown, res: unknown) => last(err, err ? res : relabelCatalogTypes(res));
      // biome-ignore lint/suspicious/noExplicitAny: see above.
      return (super.query as any)(...args);
    }
    // biome-ignore lint/suspicious/noExplicitAny: see above.
    const out = (super.query as any)(...args);
    return out && typeof out.then === 'function' ? out.then(relabelCatalogTypes) : out;
  }
}

interface RawQueryable {
  queryRaw(query: never): Promise<{ columnTypes: number[]; rows: unknown[] }>;
}

/**
 * ...but the engine reads `"char"` columns (constraint and foreign-key action codes) with
 * get_expect_char, which panics ("RuntimeError: unreachable") on a Text value: it needs them
 * typed Character. That is what prisma-engines#5819 runs into on PostgreSQL 18, whose NOT NULL
 * constraints appear in pg_constraint, and what any foreign key or CHECK triggers on any version.
 */
function typeCharColumns<T extends RawQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = (async (query: never) => {
    const result = await queryRaw(query);
    for (const index of charColumnsByRows.get(result.rows) ?? [])
      result.columnTypes[index] = CHARACTER_COLUMN;
    return result;
  }) as T['queryRaw'];
  return queryable;
}

/**
 * Workaround 3: the wasm engine arms 10 s / 60 s timers and never clears them, so every CLI
 * command would linger for a minute after it finished. Long timers must not keep this process
 * alive; nothing in the CLI relies on one to do work after the command is done.
 */
function unrefLongTimers(): void {
  const marker = Symbol.for('loket.db.unrefLongTimers');
  const g = globalThis as unknown as Record<symbol, boolean>;
  if (g[marker]) return;
  g[marker] = true;
  const originalSetTimeout = globalThis.setTimeout;
  const originalSetInterval = globalThis.setInterval;
  const patch = <F extends typeof setTimeout | typeof setInterval>(original: F): F =>
    // biome-ignore lint/suspicious/noExplicitAny: forwards the original's overloads untouched.
    ((...args: any[]) => {
      // biome-ignore lint/suspicious/noExplicitAny: see above.
      const timer = (original as any)(...args);
      const delay = Number(args[1] ?? 0);
      if (delay >= 5_000 && typeof timer?.unref === 'function') timer.unref();
      return timer;
    }) as unknown as F;
  globalThis.setTimeout = Object.assign(patch(originalSetTimeout), originalSetTimeout);
  globalThis.setInterval = Object.assign(patch(originalSetInterval), originalSetInterval);
}

export interface ConnectionParams {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}

/**
 * Splits a postgres:// URL into discrete fields. Workaround 2: adapter-pg derives the shadow
 * pool from its config by overriding `database`, but pg lets `connectionString` win over
 * `database`, so a URL-based config made "the shadow database" the main one.
 */
export function parseDatabaseUrl(databaseUrl: string): ConnectionParams {
  const url = new URL(databaseUrl);
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new Error(`DATABASE_URL must be a postgres:// URL (got ${url.protocol})`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!database) throw new Error('DATABASE_URL must name a database');
  return {
    host: url.hostname || 'localhost',
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username || 'postgres'),
    password: decodeURIComponent(url.password),
    database,
  };
}

function poolConfig(params: ConnectionParams): pg.PoolConfig {
  return {
    ...params,
    Client: CatalogTextClient,
    // Workaround 3 (second half): idle pooled connections must not keep the CLI alive either.
    allowExitOnIdle: true,
    max: 4,
  };
}

type PgAdapter = Awaited<ReturnType<PrismaPg['connect']>>;

/**
 * adapter-pg splits scripts on every `;`, which breaks any migration with a semicolon inside a
 * literal or a function body. Postgres' simple query protocol runs a multi-statement script as
 * one implicit transaction, as the native schema engine does, so send the script whole.
 */
function runScriptsWhole(adapter: PgAdapter): PgAdapter {
  const pool = adapter.underlyingDriver();
  const fallback = adapter.executeScript.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      // Re-running through adapter-pg surfaces the failure as a DriverAdapterError the engine
      // understands (with the Postgres code and message) instead of an opaque JS error.
      await fallback(script);
      throw error;
    }
  };
  return adapter;
}

class MigrationPg extends PrismaPg {
  readonly #params: ConnectionParams;

  constructor(params: ConnectionParams) {
    super(poolConfig(params));
    this.#params = params;
  }

  override async connect(): Promise<PgAdapter> {
    const adapter = typeCharColumns(runScriptsWhole(await super.connect()));
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) =>
      typeCharColumns(await startTransaction(isolationLevel));
    return adapter;
  }

  /**
   * Workaround 2 (second half): adapter-pg drops the shadow database before it closes the shadow
   * pool, so the DROP fails with "is being accessed by other users". Close first, then drop.
   */
  override async connectToShadowDb(): Promise<PgAdapter> {
    const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll('-', '')}`;
    await adminQuery(this.#params, `CREATE DATABASE "${name}"`);
    const shadow = await new MigrationPg({ ...this.#params, database: name }).connect();
    const closeShadowPool = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await closeShadowPool();
      await adminQuery(this.#params, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
    return shadow;
  }
}

async function adminQuery(params: ConnectionParams, sql: string): Promise<void> {
  const client = new pg.Client(params);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The `adapter` factory for prisma.config.ts. */
export async function createMigrationAdapter(databaseUrl: string | undefined): Promise<PrismaPg> {
  if (!databaseUrl) {
    throw new Error(
      'DATABASE_URL is not set. Use `pnpm --filter @loket/db db:migrate:dev` (starts an embedded Postgres) or set DATABASE_URL.',
    );
  }
  unrefLongTimers();
  return new MigrationPg(parseDatabaseUrl(databaseUrl));
}
