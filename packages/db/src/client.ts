import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { type Prisma, PrismaClient } from './generated/prisma/client.ts';

export type Db = PrismaClient;

export interface CreateDbOptions {
  /** Connections in the pool (pg's default is 10). */
  maxConnections?: number;
}

const urls = new WeakMap<Db, string>();
const pools = new WeakMap<Db, pg.Pool>();

/**
 * A Prisma client over node-postgres (`engineType = "client"`: no native query engine, which
 * could not be downloaded here). Call `$disconnect()` to close the pool.
 */
export function createDb(databaseUrl: string, options: CreateDbOptions = {}): Db {
  // Our own pool, handed to Prisma, so that `queryRows` uses the same connections. The pool
  // drops a connection that breaks while idle (the server restarted, the database was dropped)
  // and opens another for the next query; without a listener that error would end the process.
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    ...(options.maxConnections === undefined ? {} : { max: options.maxConnections }),
  });
  pool.on('error', () => {});
  const adapter = new PrismaPg(pool);
  const db = new PrismaClient({
    adapter,
    // Prisma's defaults (wait 2 s for a connection, 5 s per interactive transaction) aborted healthy
    // uploads when the machine was busy (seen in the full test run with a decision letter being
    // rendered and a scan holding its claim). Still bounded: a stuck transaction is rolled back.
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
  urls.set(db, databaseUrl);
  pools.set(db, pool);
  // The pool is ours, so we close it, also when only queryRows used it (Prisma never connected).
  const disconnectPrisma = db.$disconnect.bind(db);
  db.$disconnect = async () => {
    await disconnectPrisma();
    if (!pool.ended) await pool.end();
  };
  return db;
}

/**
 * Runs one SQL statement, written with `Prisma.sql` (values as parameters), on the pool of a
 * client from `createDb`, past Prisma: for the few hot reads whose cost was Prisma's own (an
 * inbox page's statement took 1.25 ms of CPU through `$queryRaw`, 0.54 ms through node-postgres
 * alone; docs/inbox.md, "Performance"). Outside any Prisma transaction. Rows come as node-postgres
 * gives them: timestamps as Date, json as objects, bigint (e.g. count(*)) as a string, enums and
 * uuids as strings.
 */
export async function queryRows<Row>(db: Db, sql: Prisma.Sql): Promise<Row[]> {
  const pool = pools.get(db);
  if (!pool) throw new Error('queryRows needs a client made by createDb');
  return (await pool.query({ text: sql.text, values: sql.values as unknown[] })).rows as Row[];
}

/**
 * The URL a client from `createDb` connects to, for a part that needs a session of its own on the
 * same database (LISTEN cannot use a pooled connection), without every caller passing the URL on.
 */
export function databaseUrlOf(db: Db): string | undefined {
  return urls.get(db);
}
