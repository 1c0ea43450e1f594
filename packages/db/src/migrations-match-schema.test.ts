/**
 * The committed migrations must produce exactly what schema.prisma describes. `prisma migrate
 * diff --from-migrations` is what one would use, but the wasm schema engine rejects
 * --shadow-database-url and panics without it. `migrate dev --create-only` does work (its shadow
 * database comes from the adapter): on an up-to-date database it writes an empty migration, and a
 * non-empty one means someone changed schema.prisma without running db:migrate:dev.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageDir, runPrismaCli } from './migrate/deploy.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'loket-drift-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** Runs `migrate dev --create-only` on a copy of prisma/ and returns the SQL it would add. */
async function pendingMigrationSql(editSchema: (schema: string) => string = (s) => s): Promise<string> {
  const copy = await mkdtemp(path.join(work, 'prisma-'));
  await cp(path.join(packageDir, 'prisma'), copy, { recursive: true });
  const schemaFile = path.join(copy, 'schema.prisma');
  await writeFile(schemaFile, editSchema(await readFile(schemaFile, 'utf8')));
  const before = new Set(await readdir(path.join(copy, 'migrations')));

  let t: TestDatabase | undefined;
  try {
    t = await createTestDatabase();
    const result = await runPrismaCli(
      ['migrate', 'dev', '--create-only', '--skip-generate', '--name', 'drift_check', '--schema', schemaFile],
      t.databaseUrl,
    );
    const created = (await readdir(path.join(copy, 'migrations'))).filter((d) => !before.has(d));
    // The CLI's wasm path frees its engine twice after --create-only ("null pointer passed to
    // rust", exit 1) once the file is written; the file, not the exit code, is the verdict.
    if (created.length !== 1)
      throw new Error(`migrate dev --create-only wrote no migration:\n${result.output}`);
    return await readFile(path.join(copy, 'migrations', created[0] as string, 'migration.sql'), 'utf8');
  } finally {
    await t?.drop();
  }
}

const meaningful = (sql: string) =>
  sql
    .split('\n')
    .filter((line) => line.trim() && !line.trim().startsWith('--'))
    .join('\n');

describe('committed migrations', () => {
  it('match prisma/schema.prisma', async () => {
    expect(meaningful(await pendingMigrationSql())).toBe('');
  });

  it('are told apart from a schema that moved on (the check can fail)', async () => {
    const sql = await pendingMigrationSql((s) =>
      s.replace('  reason        String?\n', '  reason        String?\n  driftProbe    String?\n'),
    );
    expect(meaningful(sql)).toContain('ADD COLUMN');
    expect(sql).toContain('"driftProbe"');
  });
});
