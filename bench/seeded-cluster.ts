/**
 * A PostgreSQL cluster with synthetic applications (packages/db seed/synthetic.ts), seeded once
 * under bench/.data/<name>/<key> and reused while the key is unchanged: the key hashes the
 * generator, the count, the seed and whatever else the caller names (seeding a million files takes
 * minutes). Migrations added later are applied when the bench starts the cluster, so a key need not
 * include them unless the bench measures what they change in the load itself.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createDb, migrateDatabase, seedDemoData, seedReferenceData, startEmbeddedPostgres } from '@loket/db';
import { type SeedSyntheticOptions, seedSynthetic } from '@loket/db/seed';

const root = resolve(import.meta.dirname, '..');

export async function seededCluster(options: {
  /** The directory under bench/.data; anything else in it is an older set-up and is removed. */
  name: string;
  synthetic: SeedSyntheticOptions;
  /** More to hash into the key (e.g. migration files the load depends on). */
  keyParts?: (string | Buffer)[];
}): Promise<string> {
  const { count, seed = 1 } = options.synthetic;
  const hash = createHash('sha256');
  hash.update(await readFile(join(root, 'packages/db/src/seed/synthetic.ts')));
  for (const part of options.keyParts ?? []) hash.update(part);
  hash.update(
    `${count}:${seed}:${options.synthetic.now?.toISOString() ?? ''}:${options.synthetic.events ?? true}`,
  );
  const key = hash.digest('hex').slice(0, 16);
  const base = join(root, 'bench/.data', options.name);
  const dir = join(base, key);
  const dataDir = join(dir, 'pg');
  if (existsSync(join(dir, 'seeded.json'))) {
    const info = JSON.parse(await readFile(join(dir, 'seeded.json'), 'utf8'));
    console.log(`seed: reusing ${count} applications seeded ${info.at} (${dir})`);
    return dataDir;
  }
  await rm(base, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  // As root, PostgreSQL runs as `postgres` and must enter the directories.
  for (const d of [join(root, 'bench/.data'), base, dir]) await chmod(d, 0o755);
  // Durability off while loading (a throw-away cluster until it is complete).
  const server = await startEmbeddedPostgres({ dataDir, ephemeral: true });
  try {
    await migrateDatabase(server.databaseUrl);
    const db = createDb(server.databaseUrl);
    await seedReferenceData(db);
    await seedDemoData(db);
    await db.$disconnect();
    const started = performance.now();
    let last = 0;
    const result = await seedSynthetic(server.databaseUrl, {
      ...options.synthetic,
      onProgress: (done) => {
        if (done - last >= 100_000) {
          last = done;
          console.log(`seed: ${done} applications (${((performance.now() - started) / 1000).toFixed(0)} s)`);
        }
      },
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `seed: ${result.applications} applications, ${result.decisions} decisions in ${seconds.toFixed(0)} s ` +
        `(insert ${result.seconds.insert.toFixed(0)} s, indexes ${result.seconds.indexes.toFixed(0)} s, ` +
        `analyze ${result.seconds.analyze.toFixed(0)} s)`,
    );
    await server.stop();
    await writeFile(
      join(dir, 'seeded.json'),
      JSON.stringify({ at: new Date().toISOString(), totalSeconds: seconds, ...result }),
    );
    return dataDir;
  } catch (error) {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
