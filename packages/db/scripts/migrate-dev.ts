/**
 * `pnpm --filter @loket/db db:migrate:dev --name <what_changed>`: authors a migration from the
 * difference between prisma/schema.prisma and the committed migrations. Without DATABASE_URL it
 * runs against a scratch embedded Postgres in .data/, so authoring needs no server.
 */
import path from 'node:path';
import { startEmbeddedPostgres } from '../src/embedded.ts';
import { migrateDatabase, packageDir, runPrismaCli } from '../src/migrate/deploy.ts';

const args = process.argv.slice(2);
let databaseUrl = process.env.DATABASE_URL;
let stop = async () => {};
if (!databaseUrl) {
  const pg = await startEmbeddedPostgres({
    dataDir: path.join(packageDir, '.data', 'migrate-dev'),
    database: 'loket_migrate_dev',
  });
  databaseUrl = pg.databaseUrl;
  stop = pg.stop;
}
try {
  // The wasm engine can only evaluate a new migration against a database that already has the
  // committed ones applied (on a fresh one it asks for a shadow database it was never given).
  await migrateDatabase(databaseUrl);
  const { code } = await runPrismaCli(['migrate', 'dev', ...args], databaseUrl, { interactive: true });
  process.exitCode = code ?? 1;
} finally {
  await stop();
}
