/** `pnpm --filter @loket/db db:deploy`: applies the committed migrations to DATABASE_URL. */
import { migrateDatabase } from '../src/migrate/deploy.ts';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL is not set');
  process.exit(2);
}
const started = Date.now();
await migrateDatabase(databaseUrl);
console.log(`Migrations applied in ${Date.now() - started} ms`);
