/**
 * `pnpm --filter @loket/api reap`: one pass of the reaper with the API's configuration (the API
 * also runs it periodically). Prints what it removed; no object keys, no personal data.
 */
import { createDb } from '@loket/db';
import { createMultipartStore, createObjectStore } from '@loket/storage';
import { loadConfig } from './config.ts';
import { liveUploadIds } from './modules/reaper/maintenance.ts';
import { createReaper } from './modules/reaper/reaper.service.ts';

const config = loadConfig();
const db = createDb(config.databaseUrl);
try {
  const reaper = createReaper({
    db,
    store: createObjectStore(config.s3),
    multipart: createMultipartStore(config.s3),
    graceMs: config.maintenance.graceMs,
    liveUploadIds: () => liveUploadIds(db),
  });
  const result = await reaper.run();
  console.log(`orphan_objects_removed: ${result.orphanObjectsRemoved}`);
  console.log(`abandoned_uploads_aborted: ${result.abandonedUploadsAborted}`);
} finally {
  await db.$disconnect();
}
