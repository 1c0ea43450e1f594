import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db, Prisma, queryRows } from './index.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.drop());

describe('queryRows', () => {
  it('runs a statement with its values as parameters and gives node-postgres rows', async () => {
    const at = new Date('2026-03-01T10:00:00.000Z');
    const [row] = await queryRows<{ word: string; at: Date; n: string; list: string[]; doc: object }>(
      t.db,
      Prisma.sql`SELECT ${"it's; DROP TABLE x"}::text AS word, ${at}::timestamptz AS at, count(*) AS n,
                        ${['a', 'b']}::text[] AS list, jsonb_build_object('k', 1) AS doc
                   FROM generate_series(1, 3)`,
    );
    expect(row).toEqual({ word: "it's; DROP TABLE x", at, n: '3', list: ['a', 'b'], doc: { k: 1 } });
  });

  it('uses the connections Prisma uses, and they close with the client', async () => {
    const db: Db = createDb(t.databaseUrl, { maxConnections: 1 });
    // With one connection, a session setting made through Prisma is seen by queryRows.
    await db.$executeRawUnsafe(`SET application_name = 'loket-client-test'`);
    const [row] = await queryRows<{ name: string }>(
      db,
      Prisma.sql`SELECT current_setting('application_name') AS name`,
    );
    expect(row?.name).toBe('loket-client-test');
    await db.$disconnect();
    await expect(queryRows(db, Prisma.sql`SELECT 1`)).rejects.toThrow();
  });

  it('closes its connections with the client when only queryRows used them', async () => {
    const db = createDb(t.databaseUrl);
    await queryRows(db, Prisma.sql`SELECT 1`);
    await db.$disconnect();
    await expect(queryRows(db, Prisma.sql`SELECT 1`)).rejects.toThrow();
  });

  it('refuses a client it did not make', async () => {
    await expect(queryRows({} as Db, Prisma.sql`SELECT 1`)).rejects.toThrow(/createDb/);
  });
});
