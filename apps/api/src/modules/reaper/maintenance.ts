import type { Db } from '@loket/db';
import type { FastifyBaseLogger } from 'fastify';
import type { Reaper } from './reaper.service.ts';

export interface MaintenanceDeps {
  reaper: Reaper;
  abortExpiredUploads: () => Promise<{ aborted: number; forgotten: number }>;
  intervalMs: number;
  log: FastifyBaseLogger;
}

/** Upload ids of resumable upload sessions that have not expired: the reaper must spare them. */
export async function liveUploadIds(db: Db, now = new Date()): Promise<ReadonlySet<string>> {
  const sessions = await db.uploadSession.findMany({
    where: { expiresAt: { gt: now }, s3UploadId: { not: null } },
    select: { s3UploadId: true },
  });
  return new Set(sessions.map((s) => s.s3UploadId as string));
}

/**
 * Runs the clean-up on a timer inside the API: expired resumable uploads first (so their parts
 * are aborted through their sessions), then the reaper. Several API instances may run it at once;
 * every step is idempotent.
 */
export function createMaintenance({ reaper, abortExpiredUploads, intervalMs, log }: MaintenanceDeps) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  async function runOnce() {
    try {
      const expired = await abortExpiredUploads();
      const reaped = await reaper.run();
      log.info({ ...expired, ...reaped }, 'maintenance pass done');
    } catch (error) {
      log.warn(
        { err: { type: (error as Error).name } },
        'maintenance pass failed; retried at the next interval',
      );
    }
  }

  return {
    runOnce,
    start() {
      timer = setInterval(() => {
        running ??= runOnce().finally(() => {
          running = undefined;
        });
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
