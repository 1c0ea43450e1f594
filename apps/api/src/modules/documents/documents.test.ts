import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import type { ApplicationDetail, DocumentVersion, History } from '@loket/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DemoUser, multipart, samplePdf } from '../../testing/harness.ts';
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

  it('refuses multipart/form-data without a boundary with a 400 problem, not a server error', async () => {
    const draft = await steps.draft('anna', '2000');
    const body = multipart('passport', 'p.pdf', samplePdf());
    const res = await h.app.inject({
      method: 'POST',
      url: `/v1/applications/${draft.id}/documents`,
      headers: { ...(await h.as('anna')), 'content-type': 'multipart/form-data' },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      code: 'validation_failed',
      detail: expect.stringContaining('boundary'),
    });
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

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/** A PNG as far as the type sniffing goes: the signature, then filler. */
const samplePng = (size = 3000) =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(size - 8, 7)]);

/** The subject of a user's access token: the id a version row records as its uploader. */
async function subjectOf(user: DemoUser): Promise<string> {
  const payload = (await h.token(user)).split('.')[1] ?? '';
  return (JSON.parse(Buffer.from(payload, 'base64url').toString()) as { sub: string }).sub;
}

describe('versions', () => {
  it('records who, when, checksum, size, type and scan status of each version, and the authorities still list and download the first after a correction', async () => {
    const draft = await steps.draft('anna', '2000');
    const diplomaFirst = samplePdf('diploma, first scan', 5000);
    const recordFirst = samplePdf('record, first extract', 4000);
    const beforeFirst = Date.now();
    expect((await steps.upload('anna', draft.id, 'diploma', diplomaFirst)).statusCode).toBe(201);
    expect((await steps.upload('anna', draft.id, 'criminal_record', recordFirst)).statusCode).toBe(201);
    const afterFirst = Date.now();
    await steps.uploadChecklist(
      'anna',
      await steps.call<ApplicationDetail>('anna', 'GET', `/v1/applications/${draft.id}`),
    );
    await steps.call('anna', 'POST', `/v1/applications/${draft.id}/submit`);

    // After filing, the agent corrects the diploma with a scan as an image, and the employer
    // supplements the criminal record extract.
    const diplomaSecond = samplePng(6000);
    const recordSecond = samplePdf('record, newer extract', 4500);
    const beforeSecond = Date.now();
    expect((await steps.upload('sofie', draft.id, 'diploma', diplomaSecond, 'diploma.png')).statusCode).toBe(
      201,
    );
    expect((await steps.upload('anna', draft.id, 'criminal_record', recordSecond)).statusCode).toBe(201);
    const afterSecond = Date.now();
    await h.scanned(draft.id);

    const asWork = await steps.call<ApplicationDetail>('wout', 'GET', `/v1/applications/${draft.id}`);
    const diploma = asWork.documents.find((d) => d.type === 'diploma');
    expect(diploma?.versions).toEqual([
      expect.objectContaining({
        number: 1,
        mediaType: 'application/pdf',
        sizeBytes: diplomaFirst.length,
        sha256: sha256(diplomaFirst),
        scanStatus: 'clean',
        uploadedByRole: 'applicant',
      }),
      expect.objectContaining({
        number: 2,
        mediaType: 'image/png',
        sizeBytes: diplomaSecond.length,
        sha256: sha256(diplomaSecond),
        scanStatus: 'clean',
        uploadedByRole: 'applicant',
      }),
    ]);
    const [first, second] = diploma?.versions ?? [];
    const within = (v: DocumentVersion | undefined, from: number, to: number) => {
      const at = new Date(v?.createdAt ?? 0).getTime();
      return at >= from - 5 && at <= to + 5;
    };
    expect(within(first, beforeFirst, afterFirst)).toBe(true);
    expect(within(second, beforeSecond, afterSecond)).toBe(true);

    // Who: the listing gives the role; the row keeps the person, and the history names them.
    const rows = await h.db.documentVersion.findMany({
      where: { document: { applicationId: draft.id, type: { in: ['diploma', 'criminal_record'] } } },
      orderBy: { createdAt: 'asc' },
      include: { document: { select: { type: true } } },
    });
    expect(rows.map((r) => [r.document.type, r.number, r.uploadedBy])).toEqual([
      ['diploma', 1, await subjectOf('anna')],
      ['criminal_record', 1, await subjectOf('anna')],
      ['diploma', 2, await subjectOf('sofie')],
      ['criminal_record', 2, await subjectOf('anna')],
    ]);
    const history = await steps.call<History>('wout', 'GET', `/v1/applications/${draft.id}/history`);
    expect(
      history.items
        .filter((e) => e.action === 'upload_document')
        .map((e) => e.actorName)
        .slice(-2),
    ).toEqual(['Sofie Claes', 'Anna Peeters']);

    // The work service opens the first diploma, not only the latest.
    const firstDiploma = await steps.download('wout', draft.id, first?.id as string);
    expect(firstDiploma.statusCode).toBe(200);
    expect(firstDiploma.rawPayload.equals(diplomaFirst)).toBe(true);
    expect(firstDiploma.headers['content-type']).toBe('application/pdf');
    const secondDiploma = await steps.download('wout', draft.id, second?.id as string);
    expect(secondDiploma.rawPayload.equals(diplomaSecond)).toBe(true);
    expect(secondDiploma.headers['content-type']).toBe('image/png');

    // The criminal record is the residence service's: not the work service's, and the residence
    // service's only once the file is admissible; then both of its versions.
    expect(asWork.documents.map((d) => d.type)).not.toContain('criminal_record');
    const recordRows = rows.filter((r) => r.document.type === 'criminal_record');
    expect((await steps.download('rita', draft.id, recordRows[0]?.id as string)).statusCode).toBe(404);
    await steps.call('wout', 'POST', `/v1/applications/${draft.id}/admissibility`, { admissible: true });
    const asResidence = await steps.call<ApplicationDetail>('rita', 'GET', `/v1/applications/${draft.id}`);
    const record = asResidence.documents.find((d) => d.type === 'criminal_record');
    expect(record?.versions.map((v) => [v.number, v.sha256, v.sizeBytes, v.scanStatus])).toEqual([
      [1, sha256(recordFirst), recordFirst.length, 'clean'],
      [2, sha256(recordSecond), recordSecond.length, 'clean'],
    ]);
    const firstRecord = await steps.download('rita', draft.id, record?.versions[0]?.id as string);
    expect(firstRecord.statusCode).toBe(200);
    expect(firstRecord.rawPayload.equals(recordFirst)).toBe(true);
  });
});
