import type { Db, Prisma } from '@loket/db';
import { storedClock } from '@loket/domain';

type Tx = Prisma.TransactionClient;

/**
 * Writes the legal clock onto the application row (decision deadline, paused since) from what
 * it is made of: the submission, every supplement request's pause and the extension, through the
 * domain's one rule (`storedClock` -> `readLegalClock`). Called by `transition()` in the
 * transaction of every change, so the columns the inbox filters and sorts on never disagree with
 * the clock the case view shows.
 */
export async function syncClock(tx: Tx | Db, applicationId: string): Promise<void> {
  const app = await tx.application.findUnique({
    where: { id: applicationId },
    select: {
      submittedAt: true,
      deadlineExtensionDays: true,
      decisionDeadline: true,
      clockPausedSince: true,
      updatedAt: true,
      supplementRequests: { select: { createdAt: true, answeredAt: true } },
    },
  });
  if (!app) return;
  const next = app.submittedAt
    ? storedClock({
        startedAt: app.submittedAt,
        pauses: app.supplementRequests.map((r) => ({ from: r.createdAt, to: r.answeredAt })),
        extensionDays: app.deadlineExtensionDays,
      })
    : { deadline: null, pausedSince: null };
  const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
  if (same(app.decisionDeadline, next.deadline) && same(app.clockPausedSince, next.pausedSince)) return;
  await tx.application.update({
    where: { id: applicationId },
    // updatedAt kept: the clock follows a change, it is not one (the backfill must not reorder lists).
    data: { decisionDeadline: next.deadline, clockPausedSince: next.pausedSince, updatedAt: app.updatedAt },
  });
}

/**
 * Fills the stored clock of submitted applications that have none (rows from before the column
 * existed), in batches. Cheap when there is nothing to do; run when the API starts.
 */
export async function backfillClocks(db: Db, batchSize = 500): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await db.application.findMany({
      where: { submittedAt: { not: null }, decisionDeadline: null },
      select: { id: true },
      take: batchSize,
    });
    for (const row of rows) await syncClock(db, row.id);
    done += rows.length;
    if (rows.length < batchSize) return done;
  }
}
