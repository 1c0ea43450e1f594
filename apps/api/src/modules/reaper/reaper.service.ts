import type { Db } from '@loket/db';
import type { MultipartStore, ObjectStore } from '@loket/storage';

export interface ReaperDeps {
  db: Db;
  store: Pick<ObjectStore, 'listKeys' | 'remove'>;
  multipart: Pick<MultipartStore, 'listIncomplete' | 'abort'>;
  /** Objects and uploads younger than this are spared: they may belong to an upload in progress. */
  graceMs: number;
  /** Upload ids a resumable upload session still owns; never aborted while the session lives. */
  liveUploadIds?: () => Promise<ReadonlySet<string>>;
  now?: () => Date;
}

export interface ReapResult {
  orphanObjectsRemoved: number;
  abandonedUploadsAborted: number;
}

/** Documents live under this prefix; quarantined files and anything else are never touched. */
const documentsPrefix = 'applications/';
const batchSize = 500;

/**
 * Restores "no object without its row" after a crash: an upload writes the object first and the
 * row second, so a crash in between leaves an object nobody can reach, and a crash mid-upload
 * leaves an incomplete multipart upload holding parts. Both are removed once older than the grace
 * period. (The reverse, a row without its object, cannot arise: the row is written last.)
 */
export function createReaper({
  db,
  store,
  multipart,
  graceMs,
  liveUploadIds,
  now = () => new Date(),
}: ReaperDeps) {
  async function reapOrphanObjects(): Promise<number> {
    const cutoff = now().getTime() - graceMs;
    let removed = 0;
    let batch: string[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const known = await db.documentVersion.findMany({
        where: { objectKey: { in: batch } },
        select: { objectKey: true },
      });
      const knownKeys = new Set(known.map((k) => k.objectKey));
      for (const key of batch) {
        if (knownKeys.has(key)) continue;
        await store.remove(key);
        removed++;
      }
      batch = [];
    };
    for await (const object of store.listKeys(documentsPrefix)) {
      if (object.lastModified.getTime() > cutoff) continue;
      batch.push(object.key);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    return removed;
  }

  async function reapAbandonedUploads(): Promise<number> {
    const cutoff = now().getTime() - graceMs;
    const live = (await liveUploadIds?.()) ?? new Set<string>();
    let aborted = 0;
    for await (const upload of multipart.listIncomplete(documentsPrefix)) {
      if (live.has(upload.uploadId)) continue;
      // Without a start time the upload may be in progress: only a store that reports it is reaped.
      if (!upload.initiated || upload.initiated.getTime() > cutoff) continue;
      await multipart.abort(upload.key, upload.uploadId);
      aborted++;
    }
    return aborted;
  }

  return {
    reapOrphanObjects,
    reapAbandonedUploads,
    async run(): Promise<ReapResult> {
      return {
        orphanObjectsRemoved: await reapOrphanObjects(),
        abandonedUploadsAborted: await reapAbandonedUploads(),
      };
    },
  };
}

export type Reaper = ReturnType<typeof createReaper>;
