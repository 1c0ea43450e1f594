/**
 * Test-database harness for vitest integration tests in any package.
 *
 * One PostgreSQL serves the whole test run; a template database is migrated once; every test file
 * clones it (`CREATE DATABASE … TEMPLATE …`, a file copy: tens of milliseconds) and so starts
 * from a fresh, fully migrated database without running a single migration.
 *
 * Wiring, in the package's vitest.config.ts:
 *
 *   import { defineConfig } from 'vitest/config';
 *   export default defineConfig({ test: { globalSetup: ['@loket/db/testing'] } });
 *
 * (the package needs `"@loket/db": "workspace:*"`), and in a test file:
 *
 *   import { createTestDatabase, type TestDatabase } from '@loket/db/testing';
 *   let t: TestDatabase;
 *   beforeAll(async () => { t = await createTestDatabase(); });
 *   afterAll(() => t.drop());
 *
 * With TEST_DATABASE_URL set (an admin URL of any PostgreSQL 13+, e.g. CI's service), that server
 * is used instead of starting an embedded one.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, chmod, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDb, type Db } from './client.ts';
import { isAlive, OWNER_FILE, startEmbeddedPostgres, stopLeftoverPostmaster } from './embedded.ts';
import { quoteIdentifier, withAdminClient, withDatabase } from './migrate/database.ts';
import { migrateDatabase } from './migrate/deploy.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    loketTestDatabase: { adminUrl: string; template: string };
  }
}

const ENV_ADMIN_URL = 'LOKET_TEST_DATABASE_ADMIN_URL';
const ENV_TEMPLATE = 'LOKET_TEST_DATABASE_TEMPLATE';

/** vitest globalSetup: starts the server, migrates the template; returns the teardown. */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const external = process.env.TEST_DATABASE_URL;
  let adminUrl: string;
  let stopServer = async () => {};
  let template: string;

  if (external) {
    adminUrl = external;
    // A shared server may serve several runs at once: each gets its own template.
    template = `loket_template_${randomBytes(4).toString('hex')}`;
  } else {
    const root = await scratchRoot();
    await sweepAbandonedClusters(root);
    const dir = await mkdtemp(path.join(root, CLUSTER_PREFIX));
    // mkdtemp makes the directory 0700; as root the server runs as `postgres`, which must enter it.
    await chmod(dir, 0o755);
    const server = await startEmbeddedPostgres({
      dataDir: path.join(dir, 'data'),
      database: 'postgres',
      ephemeral: true,
    });
    adminUrl = server.adminUrl;
    template = 'loket_template';
    stopServer = async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }

  try {
    await dropDatabase(adminUrl, template);
    await migrateDatabase(withDatabase(adminUrl, template));
    // A template with a connection open cannot be cloned; forbid connections altogether.
    await withAdminClient(adminUrl, (c) =>
      c.query(`ALTER DATABASE ${quoteIdentifier(template)} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`),
    );
  } catch (error) {
    await stopServer();
    throw error;
  }

  project.provide('loketTestDatabase', { adminUrl, template });
  process.env[ENV_ADMIN_URL] = adminUrl;
  process.env[ENV_TEMPLATE] = template;
  if (process.env.LOKET_TEST_DB_TIMINGS) {
    console.info(`[@loket/db] test database server ready in ${Date.now() - started} ms`);
  }

  return async () => {
    if (external) await dropDatabase(adminUrl, template).catch(() => undefined);
    await stopServer();
  };
}

/**
 * On this kind of VM every file creation on disk costs ~0.2 ms and CREATE DATABASE creates ~300
 * files: cloning took 300 ms on disk and under 25 ms on tmpfs. The cluster is thrown away anyway.
 */
async function scratchRoot(): Promise<string> {
  try {
    await access('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

const CLUSTER_PREFIX = 'loket-test-pg-';

/**
 * A test run killed with SIGKILL leaves its cluster running and its files behind (in memory, on
 * tmpfs). The next run stops and removes every cluster whose owning process is gone.
 */
async function sweepAbandonedClusters(root: string): Promise<void> {
  const entries = await readdir(root).catch(() => [] as string[]);
  for (const entry of entries.filter((e) => e.startsWith(CLUSTER_PREFIX))) {
    const dir = path.join(root, entry);
    const owner = Number(await readFile(path.join(dir, 'data', OWNER_FILE), 'utf8').catch(() => 'NaN'));
    // No owner file yet: another run may be initialising it right now, unless it is old.
    const age = Date.now() - (await stat(dir).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
    if (Number.isInteger(owner) ? isAlive(owner) : age < 10 * 60_000) continue;
    try {
      await stopLeftoverPostmaster(path.join(dir, 'data'));
      await rm(dir, { recursive: true, force: true });
    } catch {
      // Best effort: a cluster we cannot stop is left alone rather than failing this run.
    }
  }
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdminClient(adminUrl, async (c) => {
    const found = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!found.rowCount) return;
    await c.query(`ALTER DATABASE ${quoteIdentifier(name)} WITH IS_TEMPLATE false`);
    await c.query(`DROP DATABASE ${quoteIdentifier(name)} WITH (FORCE)`);
  });
}

export interface TestDatabase {
  databaseUrl: string;
  db: Db;
  /** Disconnects `db` and drops the database. */
  drop(): Promise<void>;
}

async function harnessConfig(): Promise<{ adminUrl: string; template: string }> {
  try {
    const { inject } = await import('vitest');
    const provided = inject('loketTestDatabase');
    if (provided) return provided;
  } catch {
    // Not inside a vitest worker: fall back to the environment.
  }
  const adminUrl = process.env[ENV_ADMIN_URL];
  const template = process.env[ENV_TEMPLATE];
  if (!adminUrl || !template) {
    throw new Error(
      "No test database server: add globalSetup: ['@loket/db/testing'] to this package's vitest.config.ts",
    );
  }
  return { adminUrl, template };
}

/** A fresh, migrated, empty database of its own. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const { adminUrl, template } = await harnessConfig();
  const name = `loket_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(adminUrl, (c) =>
    c.query(`CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE ${quoteIdentifier(template)}`),
  );
  const databaseUrl = withDatabase(adminUrl, name);
  const db = createDb(databaseUrl);
  let dropped: Promise<void> | undefined;
  return {
    databaseUrl,
    db,
    drop: () => {
      dropped ??= (async () => {
        await db.$disconnect();
        await withAdminClient(adminUrl, (c) =>
          c.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`),
        );
      })();
      return dropped;
    },
  };
}
