import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.ts';

export type Db = PrismaClient;

export interface CreateDbOptions {
  /** Connections in the pool (pg's default is 10). */
  maxConnections?: number;
}

/**
 * A Prisma client over node-postgres (`engineType = "client"`: no native query engine, which
 * could not be downloaded here). Call `$disconnect()` to close the pool.
 */
export function createDb(databaseUrl: string, options: CreateDbOptions = {}): Db {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    ...(options.maxConnections === undefined ? {} : { max: options.maxConnections }),
  });
  return new PrismaClient({ adapter });
}
