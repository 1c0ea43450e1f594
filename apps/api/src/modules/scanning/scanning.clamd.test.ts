import { createHash } from 'node:crypto';
import { eicarTestString } from '@loket/dev-clamd';
import { createClamdScanner } from '@loket/scanner';
import { type RealClamd, realClamdWanted, startRealClamd } from '@loket/scanner/testing';
import { describe, expect, it } from 'vitest';
import { samplePdf } from '../../testing/harness.ts';
import { useHarness } from '../../testing/use-harness.ts';
import { quarantineKeyFor } from './scanning.service.ts';

// The real ClamAV daemon (Debian's clamd, EICAR-only database, infra/clamav/start-clamd.sh).
// Skipped with a warning where clamd is not installed; in CI its absence fails this file.
const wanted = realClamdWanted();

describe.runIf(wanted)('uploads scanned by the real clamd', () => {
  let clamd: RealClamd;
  const { h, steps } = useHarness(
    async () => {
      clamd = await startRealClamd();
      return { scanner: createClamdScanner({ host: clamd.host, port: clamd.port }) };
    },
    { afterClose: () => clamd?.close() },
  );
  const scanned = async (versionId: string) => {
    const until = Date.now() + 15_000;
    for (;;) {
      const v = await h.db.documentVersion.findUniqueOrThrow({ where: { id: versionId } });
      if (v.scanStatus !== 'pending') return v;
      if (Date.now() > until) throw new Error('not scanned in time');
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  it('marks an ordinary PDF clean, after which the work service can open it', async () => {
    const app = await steps.submitted('anna', '2000');
    const passport = app.documents.find((d) => d.type === 'passport')?.versions[0];
    expect((await scanned(passport?.id as string)).scanStatus).toBe('clean');
    const res = await steps.download('wout', app.id, passport?.id as string);
    expect(res.statusCode).toBe(200);
    expect(createHash('sha256').update(res.rawPayload).digest('hex')).toBe(
      createHash('sha256').update(samplePdf('passport')).digest('hex'),
    );
  });

  it('finds the EICAR test file named .pdf, quarantines it and serves it to nobody', async () => {
    const app = await steps.submitted('anna', '2000');
    const content = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(eicarTestString(), 'latin1')]);
    const res = await steps.upload('anna', app.id, 'cv', content, 'cv.pdf');
    expect(res.statusCode).toBe(201);
    const versionId = res.json().versions[0].id as string;
    const row = await scanned(versionId);
    expect(row.scanStatus).toBe('infected');
    expect(row.scanFinding).toMatch(/^Eicar-Test-Signature/);
    expect(row.objectKey).toBe(quarantineKeyFor(versionId));
    expect(await h.store.exists(`applications/${app.id}/documents/${versionId}`)).toBe(false);
    for (const user of ['anna', 'wout'] as const) {
      const refused = await steps.download(user, app.id, versionId);
      expect(refused.statusCode).toBe(410);
      expect(refused.json().code).toBe('document_infected');
    }
  });
});
