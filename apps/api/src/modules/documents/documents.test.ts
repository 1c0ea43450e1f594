import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import type { ApplicationDetail } from '@loket/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { multipart, samplePdf } from '../../testing/harness.ts';
import { useHarness } from '../../testing/use-harness.ts';

const limit = 1024 * 1024;
const { h, steps } = useHarness({ uploadMaxBytes: limit });
let url: string;
beforeAll(async () => {
  url = await h.app.listen({ port: 0, host: '127.0.0.1' });
});

/** Nothing stored for this application: no version rows, no objects. */
async function expectNothingStored(applicationId: string) {
  const rows = await h.db.documentVersion.count({ where: { document: { applicationId } } });
  const objects: string[] = [];
  for await (const o of h.store.listKeys(`applications/${applicationId}/`)) objects.push(o.key);
  expect({ rows, objects }).toEqual({ rows: 0, objects: [] });
}

describe('uploads', () => {
  it('stores a file up to the limit with its SHA-256, size and sniffed type, under an internal key', async () => {
    const draft = await steps.draft('anna', '2000');
    const content = samplePdf('contract', limit - 1000);
    const res = await steps.upload(
      'anna',
      draft.id,
      'employment_contract',
      content,
      '../../etc/contract.pdf',
    );
    expect(res.statusCode).toBe(201);
    const version = res.json().versions[0];
    expect(version).toMatchObject({
      number: 1,
      fileName: 'contract.pdf',
      mediaType: 'application/pdf',
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      scanStatus: 'pending',
    });
    const row = await h.db.documentVersion.findUniqueOrThrow({ where: { id: version.id } });
    expect(row.objectKey).toBe(`applications/${draft.id}/documents/${version.id}`);
  });

  it('adds a version when the same type is uploaded again, keeping the first', async () => {
    const draft = await steps.draft('anna', '2000');
    await steps.upload('anna', draft.id, 'cv', samplePdf('one'));
    const second = await steps.upload('anna', draft.id, 'cv', samplePdf('two'));
    expect(second.json().versions.map((v: { number: number }) => v.number)).toEqual([1, 2]);
  });

  it.each([
    ['too big', samplePdf('big', limit + 10), 'big.pdf', 413, 'file_too_large'],
    [
      'an executable renamed .pdf',
      Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(5000)]),
      'cv.pdf',
      415,
      'file_type_not_allowed',
    ],
    [
      'HTML renamed .png',
      Buffer.from('<html><script>alert(1)</script></html>'),
      'photo.png',
      415,
      'file_type_not_allowed',
    ],
    ['empty', Buffer.alloc(0), 'empty.pdf', 400, 'file_empty'],
  ])(
    'refuses a file that is %s with a clear problem and stores nothing',
    async (_what, content, name, status, code) => {
      const draft = await steps.draft('anna', '2000');
      const res = await steps.upload('anna', draft.id, 'cv', content, name);
      expect(res.statusCode).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ status, code });
      expect(res.json().detail).toBeTruthy();
      await expectNothingStored(draft.id);
    },
  );

  it('refuses a request without the document type', async () => {
    const draft = await steps.draft('anna', '2000');
    const body = multipart('passport', 'p.pdf', samplePdf());
    const payload = Buffer.from(
      body.payload.toString('latin1').replace('name="type"', 'name="kind"'),
      'latin1',
    );
    const res = await h.app.inject({
      method: 'POST',
      url: `/v1/applications/${draft.id}/documents`,
      headers: { ...(await h.as('anna')), ...body.headers },
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].pointer).toBe('/type');
    await expectNothingStored(draft.id);
  });

  it('leaves nothing behind when the connection is cut off mid-stream', async () => {
    const draft = await steps.draft('anna', '2000');
    const body = multipart('passport', 'passport.pdf', samplePdf('cut', 800_000));
    const { port } = new URL(url);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(
      [
        `POST /v1/applications/${draft.id}/documents HTTP/1.1`,
        'Host: 127.0.0.1',
        `Authorization: Bearer ${await h.token('anna')}`,
        `Content-Type: ${body.headers['content-type']}`,
        `Content-Length: ${body.payload.length}`,
        '',
        '',
      ].join('\r\n'),
    );
    socket.write(body.payload.subarray(0, 300_000));
    await new Promise((r) => setTimeout(r, 300));
    socket.destroy();
    // The server notices the reset asynchronously; give it a moment, then check.
    await new Promise((r) => setTimeout(r, 1000));
    await expectNothingStored(draft.id);
    const after = await steps.call<ApplicationDetail>('anna', 'GET', `/v1/applications/${draft.id}`);
    expect(after.documents).toEqual([]);
  });

  it('lets the applicant add a document after submitting, without re-filing', async () => {
    const app = await steps.submitted('anna', '2000');
    const res = await steps.upload('anna', app.id, 'cv');
    expect(res.statusCode).toBe(201);
  });

  it('refuses uploads once the application has ended', async () => {
    const app = await steps.submitted('anna', '2000');
    await steps.call('anna', 'POST', `/v1/applications/${app.id}/withdraw`, {});
    const res = await steps.upload('anna', app.id, 'cv');
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('illegal_transition');
  });
});
