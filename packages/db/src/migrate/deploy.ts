import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ensureDatabase } from './database.ts';

export const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const migrationsDir = path.join(packageDir, 'prisma', 'migrations');
const configFile = path.join(packageDir, 'prisma.config.ts');

export function prismaCliPath(): string {
  const require = createRequire(path.join(packageDir, 'package.json'));
  return path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'index.js');
}

export interface PrismaCliResult {
  code: number | null;
  output: string;
}

/**
 * Runs the Prisma CLI against `databaseUrl` with this package's prisma.config.ts (wasm schema
 * engine + the workarounds). Output is captured, not printed: callers decide what to show.
 */
export function runPrismaCli(
  args: string[],
  databaseUrl: string | undefined,
  options: { interactive?: boolean } = {},
): Promise<PrismaCliResult> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // No telemetry or update checks: there is no internet here, and they only add latency.
      CHECKPOINT_DISABLE: '1',
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      NO_COLOR: '1',
    };
    if (databaseUrl) env.DATABASE_URL = databaseUrl;
    else delete env.DATABASE_URL;
    const child = spawn(process.execPath, [prismaCliPath(), ...args, '--config', configFile], {
      cwd: packageDir,
      env,
      stdio: options.interactive ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: redact(output, databaseUrl) }));
  });
}

function redact(text: string, databaseUrl: string | undefined): string {
  if (!databaseUrl) return text;
  const password = decodeURIComponent(new URL(databaseUrl).password);
  return password ? text.replaceAll(password, '***') : text;
}

export async function committedMigrations(): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/**
 * Applies the committed migrations (`prisma migrate deploy`), creating the database first if it
 * does not exist. Idempotent. Throws with the CLI's output when anything fails, and afterwards
 * checks `_prisma_migrations` itself: a zero exit code alone has proven to be no evidence that
 * anything was applied.
 */
export async function migrateDatabase(databaseUrl: string): Promise<void> {
  await ensureDatabase(databaseUrl);
  const result = await runPrismaCli(['migrate', 'deploy'], databaseUrl);
  if (result.code !== 0) {
    throw new Error(`prisma migrate deploy failed (exit ${result.code}):\n${result.output}`);
  }
  const expected = await committedMigrations();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    const missing = expected.filter((name) => !applied.has(name));
    if (missing.length > 0) {
      throw new Error(
        `prisma migrate deploy exited 0 but did not apply: ${missing.join(', ')}\n${result.output}`,
      );
    }
  } finally {
    await client.end();
  }
}
