import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { type Db, Prisma } from '@loket/db';
import {
  type Scanner,
  type ScannerError,
  ScannerUnavailableError,
  type ScanResult,
  ScanSizeLimitError,
} from '@loket/scanner';
import { type ObjectStore, StorageUnavailableError } from '@loket/storage';
import type { FastifyBaseLogger } from 'fastify';

export interface ScanningDeps {
  db: Db;
  store: ObjectStore;
  scanner: Scanner;
  log: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  /** Time between sweeps for pending files (default 10 s). Uploads also start a sweep at once. */
  sweepIntervalMs?: number;
  /** How long a version whose scan failed for another reason than an absent scanner waits (default 5 min). */
  retryFailedAfterMs?: number;
  /** The longest one claimed scan may hold its row lock (default 5 min). */
  maxScanMs?: number;
}

/** What happened to the one version a scan step picked (or that there was none). */
export type ScanOutcome = 'none' | 'clean' | 'infected' | 'unavailable' | 'failed';

/** Where an infected object is kept: out of the applications/ prefix, under an internal id only. */
export const quarantineKeyFor = (versionId: string) => `quarantine/${versionId}`;

interface Claimed {
  id: string;
  object_key: string;
  sha256: string;
}

/**
 * Scans every stored version before any authority may open it. A version starts `pending`; this
 * worker claims pending versions one at a time, oldest first (`FOR UPDATE SKIP LOCKED` inside a
 * transaction, so API instances never scan the same file at once), streams the object through
 * clamd and records `clean` or `infected`. An infected object is moved to `quarantine/<versionId>`.
 *
 * Nothing becomes clean without a complete scan of exactly the recorded bytes: the content is
 * hashed on its way to clamd and must match the version's SHA-256. When the scanner (or the store)
 * is unavailable the version simply stays pending and the next sweep tries again; runs are started
 * right after each upload (`kick`) and by a periodic sweep. Logs carry version ids, never names.
 */
export function createScanningService(deps: ScanningDeps) {
  const { db, store, scanner, log } = deps;
  const sweepIntervalMs = deps.sweepIntervalMs ?? 10_000;
  const retryFailedAfterMs = deps.retryFailedAfterMs ?? 5 * 60_000;
  const maxScanMs = deps.maxScanMs ?? 5 * 60_000;

  /** Versions whose last scan failed for a reason that retrying at once will not fix. */
  const backoff = new Map<string, number>();
  let scannerDown = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  function failed(versionId: string, error: unknown, what: string): 'failed' {
    backoff.set(versionId, Date.now() + retryFailedAfterMs);
    log.error(
      { versionId, err: { type: errorName(error), reason: (error as ScannerError).reason } },
      `${what}; the file stays pending and is retried in ${Math.ceil(retryFailedAfterMs / 1000)} s`,
    );
    return 'failed';
  }

  function unavailable(error: unknown): 'unavailable' {
    if (!scannerDown) {
      scannerDown = true;
      log.warn(
        { scanner: scanner.address, err: { type: errorName(error), reason: (error as ScannerError).reason } },
        'virus scanner unavailable: uploads are accepted and stay pending until it returns',
      );
    }
    return 'unavailable';
  }

  function storageUnavailable(error: unknown): 'unavailable' {
    log.warn(
      { err: { type: errorName(error), code: (error as StorageUnavailableError).code } },
      'object store unavailable during a scan: the file stays pending until the next sweep',
    );
    return 'unavailable';
  }

  /** Claims the oldest pending version nobody else is scanning, scans it and records the verdict. */
  async function scanNext(): Promise<ScanOutcome> {
    // While the scanner is known to be away, a PING decides; no row is claimed, no object fetched.
    if (scannerDown && !(await scanner.ping())) return 'unavailable';
    const now = Date.now();
    for (const [id, until] of backoff) if (until <= now) backoff.delete(id);
    const skip = [...backoff.keys()];
    let removeAfterCommit: string | undefined;

    const outcome = await db.$transaction(
      async (tx): Promise<ScanOutcome> => {
        const rows = await tx.$queryRaw<Claimed[]>`
          SELECT id::text AS id, object_key, sha256
          FROM document_version
          WHERE scan_status = 'pending'
          ${skip.length > 0 ? Prisma.sql`AND id::text NOT IN (${Prisma.join(skip)})` : Prisma.empty}
          ORDER BY created_at, id
          LIMIT 1
          FOR UPDATE SKIP LOCKED`;
        const row = rows[0];
        if (!row) return 'none';

        let verdict: ScanResult;
        try {
          verdict = await scanExactly(row);
        } catch (error) {
          if (error instanceof ScannerUnavailableError) return unavailable(error);
          if (error instanceof StorageUnavailableError) return storageUnavailable(error);
          if (error instanceof ScanSizeLimitError) {
            return failed(
              row.id,
              error,
              "file larger than the scanner's StreamMaxLength (raise it above UPLOAD_MAX_BYTES)",
            );
          }
          return failed(row.id, error, 'scan failed');
        }
        if (scannerDown) {
          scannerDown = false;
          log.info({ scanner: scanner.address }, 'virus scanner available again: scanning pending files');
        }

        if (verdict.verdict === 'clean') {
          await tx.documentVersion.update({
            where: { id: row.id },
            data: { scanStatus: 'clean', scannedAt: new Date(), scanFinding: null },
          });
          return 'clean';
        }

        // Infected: copy to quarantine, point the row there, and remove the original after commit,
        // so the row never names an object that is gone.
        const quarantineKey = quarantineKeyFor(row.id);
        try {
          const copy = await store.putStream(quarantineKey, await store.getStream(row.object_key), {
            contentType: 'application/octet-stream',
          });
          if (copy.sha256 !== row.sha256) throw new Error('quarantine copy does not match the recorded hash');
        } catch (error) {
          await store.remove(quarantineKey).catch(() => undefined);
          if (error instanceof StorageUnavailableError) return storageUnavailable(error);
          return failed(row.id, error, 'infected file could not be quarantined');
        }
        await tx.documentVersion.update({
          where: { id: row.id },
          data: {
            scanStatus: 'infected',
            scannedAt: new Date(),
            scanFinding: verdict.signature,
            objectKey: quarantineKey,
          },
        });
        removeAfterCommit = row.object_key;
        log.warn({ versionId: row.id, finding: verdict.signature }, 'virus found: file quarantined');
        return 'infected';
      },
      { timeout: maxScanMs, maxWait: 10_000 },
    );

    if (removeAfterCommit) {
      const key = removeAfterCommit;
      await store
        .remove(key)
        .catch(() => store.remove(key))
        .catch((error: unknown) =>
          log.error(
            { err: { type: errorName(error) } },
            'quarantined file could not be removed from its original key; remove it by hand',
          ),
        );
    }
    return outcome;
  }

  /** The scan verdict for the stored object, provided clamd saw exactly the recorded bytes. */
  async function scanExactly(row: Claimed): Promise<ScanResult> {
    const hash = createHash('sha256');
    const hashing = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        callback(null, chunk);
      },
    });
    const source = await store.getStream(row.object_key);
    // A store that fails mid-stream is unavailable, not a verdict: the scan is cut before its end.
    source.on('error', (error) =>
      hashing.destroy(
        new StorageUnavailableError('Object storage stream failed', { code: 'StreamFailed', cause: error }),
      ),
    );
    try {
      const verdict = await scanner.scanStream(source.pipe(hashing));
      if (hash.digest('hex') !== row.sha256) throw new ContentMismatchError();
      return verdict;
    } finally {
      source.destroy();
      hashing.destroy();
    }
  }

  /** Scans until nothing claimable is pending, or the scanner is away. */
  async function drain(): Promise<void> {
    while (!stopped) {
      const outcome = await scanNext().catch((error: unknown) => {
        log.error({ err: { type: errorName(error) } }, 'scan step failed');
        return 'error' as const;
      });
      if (outcome === 'none' || outcome === 'unavailable' || outcome === 'error') return;
    }
  }

  /** Starts a run now, or right after the one in progress. Never throws. */
  function kick(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await drain();
      } while (again && !stopped);
    })().finally(() => {
      running = undefined;
    });
  }

  return {
    scanNext,
    kick,
    /** Sweeps now and then every `sweepIntervalMs` (the timer never keeps the process alive). */
    start() {
      if (timer || stopped) return;
      timer = setInterval(kick, sweepIntervalMs);
      timer.unref();
      kick();
    },
    /** Stops sweeping and waits for a scan in progress to finish. */
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
    /** Resolves when no run is in progress (for tests). */
    async idle() {
      while (running) await running;
    },
  };
}

export type ScanningService = ReturnType<typeof createScanningService>;

/** The object's bytes differ from what was recorded at upload: not this version's content. */
class ContentMismatchError extends Error {
  override name = 'ContentMismatchError';
  readonly reason = 'content_mismatch';
  constructor() {
    super('The stored object does not match its recorded SHA-256; it was not marked clean');
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
