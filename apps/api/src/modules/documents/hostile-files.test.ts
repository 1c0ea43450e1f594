import { createAccessTokenVerifier } from '@loket/auth';
import { createMultipartStore, createObjectStore } from '@loket/storage';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { multipart, samplePdf } from '../../testing/harness.ts';
import { useHarness } from '../../testing/use-harness.ts';

/** Files an attacker (or a confused user) might send: each refused, or stored and served safely. */
const { h, steps } = useHarness();

/** A zip whose one member inflates from a few kilobytes to a gigabyte of zeros. */
function zipBomb(): Buffer {
  const header = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0]);
  return Buffer.concat([header, Buffer.alloc(4096, 0)]);
}

describe('hostile files', () => {
  it.each([
    ['an executable renamed .pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(4000)]), 'invoice.pdf'],
    [
      'an ELF binary renamed .pdf',
      Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(4000)]),
      'scan.pdf',
    ],
    [
      'an HTML page renamed .png',
      Buffer.from('<!doctype html><script>fetch("/v1/me")</script>'),
      'photo.png',
    ],
    [
      'an SVG with script renamed .png',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'logo.png',
    ],
    ['a zip bomb renamed .pdf', zipBomb(), 'contract.pdf'],
  ])('refuses %s with 415 and a plain explanation, storing nothing', async (_what, content, name) => {
    const draft = await steps.draft('anna', '2000');
    const res = await steps.upload('anna', draft.id, 'cv', content, name);
    expect(res.statusCode).toBe(415);
    expect(res.json().detail).toBe(
      'Only PDF, JPEG and PNG files are accepted; this file is none of those, whatever its name.',
    );
    expect(await h.db.documentVersion.count({ where: { document: { applicationId: draft.id } } })).toBe(0);
  });

  it('refuses a zero-byte file', async () => {
    const draft = await steps.draft('anna', '2000');
    const res = await steps.upload('anna', draft.id, 'cv', Buffer.alloc(0), 'empty.pdf');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('file_empty');
  });

  it.each([
    ['a 300-character name', `${'a'.repeat(296)}.pdf`, `${'a'.repeat(196)}.pdf`],
    ['a path climbing out', '../../../etc/passwd.pdf', 'passwd.pdf'],
    ['a NUL byte', 'cv\u0000.exe.pdf', 'cv.exe.pdf'],
    ['a right-to-left override', 'cv\u202Efdp.exe', 'cvfdp.exe'],
    ['reserved characters', 'a<b>c:d|e?f*.pdf', 'a_b_c_d_e_f_.pdf'],
  ])(
    'stores a file with %s under a safe name and serves it as a PDF attachment',
    async (_what, name, safe) => {
      const draft = await steps.draft('anna', '2000');
      const res = await steps.upload('anna', draft.id, 'cv', samplePdf('named'), name);
      expect(res.statusCode).toBe(201);
      const version = res.json().versions[0];
      expect(version.fileName).toBe(safe);
      const row = await h.db.documentVersion.findUniqueOrThrow({ where: { id: version.id } });
      expect(row.objectKey).toBe(`applications/${draft.id}/documents/${version.id}`);

      const download = await steps.download('anna', draft.id, version.id);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.headers['content-security-policy']).toContain('sandbox');
      const disposition = String(download.headers['content-disposition']);
      expect(disposition.startsWith('attachment;')).toBe(true);
      // The header carries no raw control or bidi character and no path.
      const unsafe = [...disposition].filter((ch) => {
        const code = ch.codePointAt(0) ?? 0;
        return code < 0x20 || (code >= 0x202a && code <= 0x202e);
      });
      expect(unsafe).toEqual([]);
      expect(disposition).not.toContain('../');
    },
  );

  it('serves an image back as the image type it was sniffed as, never as HTML', async () => {
    const draft = await steps.draft('anna', '2000');
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from('<html><script>alert(1)</script></html>'),
    ]);
    const res = await steps.upload('anna', draft.id, 'cv', png, 'page.html');
    expect(res.statusCode).toBe(201);
    const version = res.json().versions[0];
    const download = await steps.download('anna', draft.id, version.id);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toContain('attachment');
  });
});

describe('downloads', () => {
  it('writes every download to the access log: who, when, which version, in which role', async () => {
    const app = await steps.admissible();
    const version = app.documents.find((d) => d.type === 'passport')?.versions[0];
    const res = await steps.downloadScanned('rita', app.id, version?.id as string);
    expect(res.statusCode).toBe(200);
    const log = await h.db.accessLog.findMany({
      where: { action: 'download_document', documentVersionId: version?.id },
    });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ actorRole: 'residence_officer', applicationId: app.id });
    expect(Date.now() - (log[0]?.at.getTime() ?? 0)).toBeLessThan(60_000);
  });
});

describe('storage down', () => {
  let broken: FastifyInstance;
  beforeAll(async () => {
    const nowhere = {
      endPoint: 'http://127.0.0.1:9',
      accessKey: 'x',
      secretKey: 'y',
      bucket: 'nowhere',
      timeoutMs: 2000,
    };
    broken = await buildApp({
      multipart: createMultipartStore(nowhere),
      config: { corsOrigins: [], uploadMaxBytes: 25 * 1024 * 1024, logLevel: 'silent' },
      db: h.db,
      store: createObjectStore(nowhere),
      verifier: createAccessTokenVerifier({ issuer: h.issuer, audience: 'loket-api' }),
    });
  });
  afterAll(() => broken?.close());

  it('answers an upload with 503 and a clear message, and writes nothing', async () => {
    const draft = await steps.draft('anna', '2000');
    const body = multipart('cv', 'cv.pdf', samplePdf('down'));
    const res = await broken.inject({
      method: 'POST',
      url: `/v1/applications/${draft.id}/documents`,
      headers: { ...(await h.as('anna')), ...body.headers },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ code: 'storage_unavailable' });
    expect(res.json().detail).toContain('Nothing was stored');
    expect(await h.db.document.count({ where: { applicationId: draft.id } })).toBe(0);
    expect((await broken.inject({ method: 'GET', url: '/health' })).statusCode).toBe(503);
  });
});
