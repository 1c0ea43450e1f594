import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.ts';

export type Db = PrismaClient;

export interface CreateDbOptions {
  /** Connections in the pool (pg's default is 10). */
  maxConnections?: number;
}

const urls = new WeakMap<Db, string>();

/**
 * A Prisma client over node-postgres (`engineType = "client"`: no native query engine, which
 * could not be downloaded here). Call `$disconnect()` to close the pool.
 */
export function createDb(databaseUrl: string, options: CreateDbOptions = {}): Db {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    ...(options.maxConnections === undefined ? {} : { max: options.maxConnections }),
  });
  const db = new PrismaClient({ adapter });
  urls.set(db, databaseUrl);
  return db;
}

/**
 * The URL a client from `createDb` connects to, for a part that needs a session of its own on the
 * same database (LISTEN cannot use a pooled connection), without every caller passing the URL on.
 */
export function databaseUrlOf(db: Db): string | undefined {
  return urls.get(db);
}
