// Prisma 6 with the wasm schema engine over a driver adapter: the native schema engine is a
// download this machine (and CI) cannot make. Why and how: docs/adr/0001-prisma-and-migrations.md.
import { defineConfig } from 'prisma/config';
import { createMigrationAdapter } from './src/migrate/cli-adapter.ts';

const databaseUrl = process.env.DATABASE_URL;
// The CLI resolves the schema's `env("DATABASE_URL")` even for `generate`/`validate`; when it
// cannot, it falls back to downloading a native query engine, which fails offline. The js engine
// never connects through that URL (it uses the adapter below), so a placeholder is harmless.
process.env.DATABASE_URL ??= 'postgresql://unset@localhost:5432/unset';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  adapter: () => createMigrationAdapter(databaseUrl),
});
