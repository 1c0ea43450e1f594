import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrateDatabase, startEmbeddedPostgres } from './index.ts';
import { withAdminClient, withDatabase } from './migrate/database.ts';
import { createTestDatabase } from './testing.ts';

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const tableCount = (url: string) =>
  query<{ n: number }>(
    url,
    `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
  ).then((rows) => rows[0]?.n);

/** One table per model of the schema: the count the migrations must reach. */
const modelCount = async () =>
  (await readFile(path.resolve(import.meta.dirname, '../prisma/schema.prisma'), 'utf8')).match(/^model /gm)
    ?.length ?? 0;

describe('migrateDatabase', () => {
  const { adminUrl } = inject('loketTestDatabase');
  const name = `loket_migrate_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(adminUrl, name);
  afterAll(() => withAdminClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)));

  it('creates the missing database, applies every migration, and is idempotent', async () => {
    let started = Date.now();
    await migrateDatabase(url);
    const first = Date.now() - started;
    expect(await tableCount(url)).toBe(await modelCount());

    started = Date.now();
    await migrateDatabase(url);
    const second = Date.now() - started;
    expect(await tableCount(url)).toBe(await modelCount());
    const applied = await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM _prisma_migrations');
    const committed = (
      await readdir(path.resolve(import.meta.dirname, '../prisma/migrations'), { withFileTypes: true })
    ).filter((e) => e.isDirectory()).length;
    expect(committed).toBeGreaterThanOrEqual(3);
    expect(applied[0]?.n).toBe(committed);
    if (process.env.LOKET_TEST_DB_TIMINGS)
      console.info(`migrateDatabase: ${first} ms fresh, ${second} ms again`);
  });

  it('fails loudly when the server cannot be reached', async () => {
    const unreachable = 'postgresql://postgres:postgres@127.0.0.1:1/loket';
    await expect(migrateDatabase(unreachable)).rejects.toThrow();
  });
});

describe('startEmbeddedPostgres', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'loket-embedded-'));
    await chmod(root, 0o755);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('initialises once, then keeps the data across restarts', async () => {
    const dataDir = path.join(root, 'keep');
    let started = Date.now();
    const first = await startEmbeddedPostgres({ dataDir, database: 'loket_keep' });
    const initialiseMs = Date.now() - started;
    try {
      await query(first.databaseUrl, 'CREATE TABLE kept (v text); INSERT INTO kept VALUES ($$still here$$)');
    } finally {
      await first.stop();
    }

    started = Date.now();
    const second = await startEmbeddedPostgres({ dataDir, database: 'loket_keep' });
    const restartMs = Date.now() - started;
    try {
      expect(await query(second.databaseUrl, 'SELECT v FROM kept')).toEqual([{ v: 'still here' }]);
    } finally {
      await second.stop();
    }
    if (process.env.LOKET_TEST_DB_TIMINGS)
      console.info(`embedded: init+start ${initialiseMs} ms, restart ${restartMs} ms`);
  });

  it('starts over a stale postmaster.pid whose PID now belongs to another process', async () => {
    const dataDir = path.join(root, 'stale');
    const server = await startEmbeddedPostgres({ dataDir });
    await server.stop();
    // This test process is alive and is no postmaster: exactly the PID-reuse case.
    await writeFile(path.join(dataDir, 'postmaster.pid'), `${process.pid}\n${dataDir}\n`);
    const again = await startEmbeddedPostgres({ dataDir });
    try {
      expect(await query(again.databaseUrl, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    } finally {
      await again.stop();
    }
  });

  it('fails with the server log, instead of hanging, when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      await expect(startEmbeddedPostgres({ dataDir: path.join(root, 'busy'), port })).rejects.toThrow(
        /Address already in use/,
      );
    } finally {
      blocker.close();
    }
  });

  it('takes over from a run that was killed (orphaned postmaster)', async () => {
    const dataDir = path.join(root, 'killed');
    const script = path.join(root, 'hold.mts');
    const entry = path.resolve(import.meta.dirname, './embedded.ts');
    await writeFile(
      script,
      `import { startEmbeddedPostgres } from ${JSON.stringify(entry)};
       const s = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)} });
       console.log('READY ' + s.port);
       setInterval(() => {}, 1000);`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: path.resolve(import.meta.dirname, '..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('READY')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`holder exited early (${code})`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    const again = await startEmbeddedPostgres({ dataDir });
    try {
      expect(await query(again.databaseUrl, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    } finally {
      await again.stop();
    }
  });
});

describe('createTestDatabase', () => {
  it('hands out isolated, migrated databases cloned from the template', async () => {
    const started = Date.now();
    const [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    const cloneMs = Date.now() - started;
    try {
      if (!a || !b) throw new Error('unreachable');
      expect(a.databaseUrl).not.toBe(b.databaseUrl);
      await a.db.organisation.create({ data: { kind: 'employer', name: 'Alleen in A' } });
      expect(await a.db.organisation.count()).toBe(1);
      expect(await b.db.organisation.count()).toBe(0);
      if (process.env.LOKET_TEST_DB_TIMINGS)
        console.info(`createTestDatabase: two in parallel in ${cloneMs} ms`);
    } finally {
      await Promise.all([a?.drop(), b?.drop()]);
    }
  });
});
