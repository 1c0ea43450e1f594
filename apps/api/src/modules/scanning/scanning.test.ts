import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { Readable } from 'node:stream';
import { type DevClamd, eicarTestString, startDevClamd } from '@loket/dev-clamd';
import { createClamdScanner, type Scanner } from '@loket/scanner';
import { describe, expect, it } from 'vitest';
import { samplePdf } from '../../testing/harness.ts';
import { useHarness } from '../../testing/use-harness.ts';
import { createScanningService, quarantineKeyFor } from './scanning.service.ts';

/** A PDF header then the EICAR test string: passes the type check, and every scanner flags it. */
const eicarPdf = () =>
  Buffer.concat([Buffer.from('%PDF-1.4\n% test file\n'), Buffer.from(eicarTestString(), 'latin1')]);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const silentLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * A port nothing listens on and that no `listen(0)` in this run can be handed (it lies below the
 * kernel's ephemeral range), so "clamd is down" stays true until the test starts one there.
 */
async function closedPort(): Promise<number> {
  const low = Number(
    (await readFile('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').catch(() => '32768')).split(/\s+/)[0],
  );
  for (;;) {
    const port = 10_000 + Math.floor(Math.random() * (low - 10_000));
    const server = createServer();
    const free = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (free) {
      await new Promise((resolve) => server.close(resolve));
      return port;
    }
  }
}

/**
 * The dev-clamd scanner behind a gate the test can close (scans wait) and a counter of completed
 * scans by content hash (to prove what was scanned, and how often).
 */
function gatedScanner(inner: Scanner) {
  let release: (() => void) | undefined;
  let gate: Promise<void> | undefined;
  const scans = new Map<string, number>();
  const scanner: Scanner = {
    address: inner.address,
    ping: () => inner.ping(),
    version: () => inner.version(),
    async scanStream(source) {
      await gate;
      const chunks: Buffer[] = [];
      for await (const chunk of source) chunks.push(Buffer.from(chunk as Uint8Array));
      const content = Buffer.concat(chunks);
      const result = await inner.scanStream(Readable.from([content]));
      scans.set(sha256(content), (scans.get(sha256(content)) ?? 0) + 1);
      return result;
    },
  };
  return {
    scanner,
    scans,
    hold() {
      gate = new Promise((resolve) => {
        release = resolve;
      });
    },
    release() {
      release?.();
      gate = undefined;
    },
  };
}

describe('with the scanner up (dev-clamd)', () => {
  let dev: DevClamd;
  let gated: ReturnType<typeof gatedScanner>;
  const { h, steps } = useHarness(
    async () => {
      dev = await startDevClamd({ port: 0 });
      gated = gatedScanner(createClamdScanner({ host: dev.host, port: dev.port }));
      // A sweep only every minute: whatever gets scanned quickly here was started by its upload.
      return { scanner: gated.scanner, scanSweepIntervalMs: 60_000 };
    },
    { beforeClose: () => gated?.release(), afterClose: () => dev?.close() },
  );
  const status = (versionId: string) =>
    h.db.documentVersion.findUniqueOrThrow({ where: { id: versionId } }).then((v) => v.scanStatus);
  const scanned = (versionId: string) =>
    waitFor(`version ${versionId} scanned`, async () => {
      const v = await h.db.documentVersion.findUniqueOrThrow({ where: { id: versionId } });
      return v.scanStatus === 'pending' ? undefined : v;
    });

  it('scans an upload right after it is stored: pending in the answer, clean a moment later', async () => {
    const draft = await steps.draft('anna', '2000');
    const content = samplePdf('clean-soon', 50_000);
    const started = Date.now();
    const res = await steps.upload('anna', draft.id, 'cv', content);
    expect(res.statusCode).toBe(201);
    const version = res.json().versions[0];
    expect(version.scanStatus).toBe('pending');
    const row = await scanned(version.id);
    expect(row).toMatchObject({ scanStatus: 'clean', scanFinding: null });
    expect(row.scannedAt).toBeInstanceOf(Date);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(gated.scans.get(sha256(content))).toBe(1);
  });

  it('answers an authority 409 until the file is scanned clean, then serves it', async () => {
    gated.hold();
    const app = await steps.submitted('anna', '2000');
    const versionId = app.documents.find((d) => d.type === 'passport')?.versions[0]?.id as string;
    const before = await steps.download('wout', app.id, versionId);
    expect(before.statusCode).toBe(409);
    expect(before.headers['content-type']).toContain('application/problem+json');
    expect(before.json()).toMatchObject({ status: 409, code: 'document_not_scanned' });
    expect(before.json().detail).toBe('The file is still being checked for viruses; try again in a minute.');
    // The applicant may fetch back what they uploaded themselves while it is being checked.
    expect((await steps.download('anna', app.id, versionId)).statusCode).toBe(200);
    expect(await status(versionId)).toBe('pending');

    gated.release();
    expect((await scanned(versionId)).scanStatus).toBe('clean');
    const after = await steps.download('wout', app.id, versionId);
    expect(after.statusCode).toBe(200);
    expect(sha256(after.rawPayload)).toBe(sha256(samplePdf('passport')));
  });

  it('quarantines the EICAR test file and never serves it to anyone, the uploader included', async () => {
    const app = await steps.submitted('anna', '2000');
    const res = await steps.upload('anna', app.id, 'cv', eicarPdf(), 'cv.pdf');
    expect(res.statusCode).toBe(201);
    const version = res.json().versions.at(-1);
    expect(version).toMatchObject({ mediaType: 'application/pdf', scanStatus: 'pending' });
    const originalKey = `applications/${app.id}/documents/${version.id}`;

    const row = await scanned(version.id);
    expect(row.scanStatus).toBe('infected');
    expect(row.scanFinding).toMatch(/^Eicar-Test-Signature/);
    expect(row.scannedAt).toBeInstanceOf(Date);
    // Moved out of the applications/ prefix, bytes intact for investigation.
    expect(row.objectKey).toBe(quarantineKeyFor(version.id));
    expect(await h.store.exists(originalKey)).toBe(false);
    const kept: Buffer[] = [];
    for await (const c of await h.store.getStream(row.objectKey)) kept.push(c as Buffer);
    expect(sha256(Buffer.concat(kept))).toBe(version.sha256);

    for (const user of ['anna', 'wout'] as const) {
      const refused = await steps.download(user, app.id, version.id);
      expect(refused.statusCode).toBe(410);
      expect(refused.json()).toMatchObject({ status: 410, code: 'document_infected' });
      expect(refused.body).not.toContain('EICAR');
    }
    // The applicant sees why in the document list.
    const seen = await steps.call<{ documents: { versions: { id: string; scanStatus: string }[] }[] }>(
      'anna',
      'GET',
      `/v1/applications/${app.id}`,
    );
    const listed = seen.documents.flatMap((d) => d.versions).find((v) => v.id === version.id);
    expect(listed?.scanStatus).toBe('infected');
  });
});

describe('with the scanner down', () => {
  let port: number;
  let dev: DevClamd | undefined;
  const { h, steps } = useHarness(
    async () => {
      port = await closedPort();
      return {
        scanner: createClamdScanner({ host: '127.0.0.1', port, timeoutMs: 2_000 }),
        scanSweepIntervalMs: 250,
      };
    },
    { afterClose: () => dev?.close() },
  );

  it('never marks clean a file whose stored bytes are not the ones recorded at upload', async () => {
    const draft = await steps.draft('anna', '2000');
    const original = samplePdf('diploma-original');
    const res = await steps.upload('anna', draft.id, 'diploma', original);
    const versionId = res.json().versions[0].id as string;
    // Someone swaps the object behind the database's back before any scan.
    const key = `applications/${draft.id}/documents/${versionId}`;
    await h.store.putStream(key, Readable.from([samplePdf('diploma-swapped')]), {});
    const elsewhere = await startDevClamd({ port: 0 });
    try {
      const worker = createScanningService({
        db: h.db,
        store: h.store,
        scanner: createClamdScanner({ host: elsewhere.host, port: elsewhere.port }),
        log: silentLog,
      });
      // The app's own worker may hold the row for a moment while it finds clamd away: try again.
      const outcome = await waitFor('a claim', async () => {
        const o = await worker.scanNext();
        return o === 'none' ? undefined : o;
      });
      expect(outcome).toBe('failed');
      expect((await h.db.documentVersion.findUniqueOrThrow({ where: { id: versionId } })).scanStatus).toBe(
        'pending',
      );
      // The same worker leaves it alone for a while rather than rescanning it in a loop.
      expect(await worker.scanNext()).toBe('none');
    } finally {
      await elsewhere.close();
    }
    await h.store.putStream(key, Readable.from([original]), {}); // put right again for the next test
  });

  it('accepts uploads that stay pending, two instances never scan the same file, and the sweep scans the rest when clamd returns', async () => {
    const app = await steps.submitted('anna', '2000');
    const res = await steps.upload('anna', app.id, 'cv', eicarPdf(), 'cv.pdf');
    expect(res.statusCode).toBe(201);
    const eicarId = res.json().versions.at(-1).id as string;
    const ids = [...app.documents.flatMap((d) => d.versions.map((v) => v.id)), eicarId];

    // Several sweeps pass: nothing changes, and authorities cannot open anything.
    await new Promise((r) => setTimeout(r, 1_000));
    const rows = await h.db.documentVersion.findMany({ where: { id: { in: ids } } });
    expect(rows.map((r) => r.scanStatus)).toEqual(ids.map(() => 'pending'));
    const refused = await steps.download('wout', app.id, ids[0] as string);
    expect(refused.json().code).toBe('document_not_scanned');

    // Two more API instances against the same database, each with a slow scanner: they claim
    // different files at the same time (FOR UPDATE SKIP LOCKED), and every file is scanned once.
    const pending = await h.db.documentVersion.count({ where: { scanStatus: 'pending' } });
    expect(pending).toBeGreaterThanOrEqual(ids.length);
    const elsewhere = await startDevClamd({ port: 0 });
    try {
      const counted = gatedScanner(createClamdScanner({ host: elsewhere.host, port: elsewhere.port }));
      const slow: Scanner = {
        ...counted.scanner,
        scanStream: async (s) => {
          await new Promise((r) => setTimeout(r, 300));
          return counted.scanner.scanStream(s);
        },
      };
      const instance = () =>
        createScanningService({ db: h.db, store: h.store, scanner: slow, log: silentLog });
      const [a, b] = [instance(), instance()];
      const started = Date.now();
      const together = await Promise.all([a.scanNext(), b.scanNext()]);
      expect(together).not.toContain('none');
      expect(Date.now() - started).toBeLessThan(550); // side by side, not one after the other
      while ((await Promise.all([a.scanNext(), b.scanNext()])).some((o) => o !== 'none'));
      expect(counted.scans.size).toBe(pending);
      expect([...counted.scans.values()].every((n) => n === 1)).toBe(true);
      const after = await h.db.documentVersion.findMany({ where: { id: { in: ids } } });
      expect(after.filter((r) => r.scanStatus === 'infected').map((r) => r.id)).toEqual([eicarId]);
      expect(after.filter((r) => r.scanStatus === 'clean')).toHaveLength(ids.length - 1);
    } finally {
      await elsewhere.close();
    }

    // A later upload waits for clamd; when clamd comes back on its port, the sweep scans it.
    const late = await steps.upload('anna', app.id, 'diploma');
    const lateId = late.json().versions.at(-1).id as string;
    await new Promise((r) => setTimeout(r, 600));
    expect((await h.db.documentVersion.findUniqueOrThrow({ where: { id: lateId } })).scanStatus).toBe(
      'pending',
    );
    dev = await startDevClamd({ port });
    const row = await waitFor('the sweep after clamd returned', async () => {
      const v = await h.db.documentVersion.findUniqueOrThrow({ where: { id: lateId } });
      return v.scanStatus === 'pending' ? undefined : v;
    });
    expect(row.scanStatus).toBe('clean');
    expect(row.scannedAt).toBeInstanceOf(Date);
  });
});
