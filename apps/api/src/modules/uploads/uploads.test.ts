import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { UploadLimits, UploadSessionView } from '@loket/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DemoUser, samplePdf } from '../../testing/harness.ts';
import { useHarness } from '../../testing/use-harness.ts';
import { tailKeyOf } from './session-store.ts';

const MiB = 1024 * 1024;
const TUS = { 'tus-resumable': '1.0.0' };
const { h, steps } = useHarness();
let url: string;
beforeAll(async () => {
  url = await h.app.listen({ port: 0, host: '127.0.0.1' });
});

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const metadata = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([k, v]) => `${k} ${Buffer.from(v).toString('base64')}`)
    .join(',');

/** A PDF of `size` bytes whose content does not repeat (so misplaced parts change the digest). */
function bigPdf(size: number): Buffer {
  const file = randomBytes(size);
  file.write('%PDF-1.7\n', 0, 'latin1');
  return file;
}

async function create(
  user: DemoUser,
  applicationId: string,
  size: number,
  type = 'passport',
  name = 'scan.pdf',
) {
  return h.app.inject({
    method: 'POST',
    url: `/v1/applications/${applicationId}/uploads`,
    headers: {
      ...(await h.as(user)),
      ...TUS,
      'upload-length': String(size),
      'upload-metadata': metadata({ documentType: type, filename: name }),
    },
  });
}

async function created(user: DemoUser, applicationId: string, size: number, type = 'passport') {
  const res = await create(user, applicationId, size, type);
  expect(res.statusCode, res.body).toBe(201);
  const location = String(res.headers.location);
  expect(location).toMatch(/^\/v1\/uploads\/[0-9a-f-]{36}$/);
  return location;
}

async function patch(user: DemoUser, location: string, offset: number, body: Buffer) {
  return h.app.inject({
    method: 'PATCH',
    url: location,
    headers: {
      ...(await h.as(user)),
      ...TUS,
      'content-type': 'application/offset+octet-stream',
      'upload-offset': String(offset),
    },
    payload: body,
  });
}

async function head(user: DemoUser, location: string) {
  return h.app.inject({ method: 'HEAD', url: location, headers: { ...(await h.as(user)), ...TUS } });
}

async function session(user: DemoUser, location: string) {
  return h.app.inject({ method: 'GET', url: location, headers: await h.as(user) });
}

/** Multipart uploads neither completed nor aborted, for one application. */
async function incompleteUploads(applicationId: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const upload of h.multipart.listIncomplete(`applications/${applicationId}/`))
    keys.push(upload.key);
  return keys;
}

/** Sends `body` as one PATCH over a real socket and ends the connection after `cutAfter` bytes. */
function patchCutOff(token: string, location: string, offset: number, body: Buffer, cutAfter: number) {
  return new Promise<void>((resolve) => {
    const req = httpRequest(`${url}${location}`, {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${token}`,
        ...TUS,
        'content-type': 'application/offset+octet-stream',
        'upload-offset': String(offset),
        'content-length': String(body.length),
      },
    });
    req.on('error', () => resolve());
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve());
    });
    // Half-close after `cutAfter` bytes: what was sent arrives, the rest never comes.
    req.write(body.subarray(0, cutAfter), () => {
      req.socket?.end();
      setTimeout(resolve, 200);
    });
  });
}

describe('resumable uploads (tus)', () => {
  it('tells the limits and accepted types before any upload', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/v1/upload-limits', headers: await h.as('anna') });
    expect(res.statusCode).toBe(200);
    expect(res.json<UploadLimits>()).toEqual({
      acceptedMediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
      maxBytes: 1024 * MiB,
      simpleUploadMaxBytes: 25 * MiB,
      chunkBytes: 20 * MiB,
      sessionTtlSeconds: 24 * 3600,
    });
  });

  it('creates, takes the file in chunks of any size and records a version with its SHA-256', async () => {
    const draft = await steps.draft('anna', '2000');
    const file = bigPdf(12 * MiB + 12_345);
    const location = await created('anna', draft.id, file.length, 'employment_contract');

    // Chunks that do not line up with the 5 MiB parts: tails are carried over between requests.
    let offset = 0;
    for (const size of [3 * MiB, 4 * MiB + 1, 1000, file.length - 7 * MiB - 1001]) {
      const res = await patch('anna', location, offset, file.subarray(offset, offset + size));
      expect(res.statusCode, res.body).toBe(204);
      offset += size;
      expect(res.headers['upload-offset']).toBe(String(offset));
    }

    const done = (await session('anna', location)).json<UploadSessionView>();
    expect(done).toMatchObject({ state: 'completed', offset: file.length, sizeBytes: file.length });
    expect(done.document?.type).toBe('employment_contract');
    const version = done.document?.versions[0];
    expect(version).toMatchObject({
      fileName: 'scan.pdf',
      mediaType: 'application/pdf',
      sizeBytes: file.length,
      sha256: sha256(file),
    });

    // The same version any upload makes: history event, downloadable, nothing left over.
    const history = await steps.call<{ items: { action: string }[] }>(
      'anna',
      'GET',
      `/v1/applications/${draft.id}/history`,
    );
    expect(history.items.map((e) => e.action)).toContain('upload_document');
    const download = await steps.download('anna', draft.id, version?.id as string);
    expect(sha256(download.rawPayload)).toBe(sha256(file));
    expect(await incompleteUploads(draft.id)).toEqual([]);
    expect(await h.store.exists(tailKeyOf(location.split('/').pop() as string))).toBe(false);
  });

  it('resumes an interrupted upload from the offset the server reports, without resending', async () => {
    const draft = await steps.draft('anna', '2000');
    const file = bigPdf(16 * MiB + 777);
    const location = await created('anna', draft.id, file.length);
    const token = await h.token('anna');

    // The connection drops after 10 MiB + 123 KiB: two full parts and a tail have arrived.
    const arrived = 10 * MiB + 123 * 1024;
    await patchCutOff(token, location, 0, file, arrived);
    let reported = -1;
    await expect
      .poll(
        async () => {
          reported = Number((await head('anna', location)).headers['upload-offset']);
          return reported;
        },
        { timeout: 10_000 },
      )
      .toBe(arrived);

    // The client continues from there: it sends only what the server does not have.
    const rest = file.subarray(reported);
    const resumed = await patch('anna', location, reported, rest);
    expect(resumed.statusCode, resumed.body).toBe(204);
    expect(rest.length).toBe(file.length - reported);

    const done = (await session('anna', location)).json<UploadSessionView>();
    expect(done.state).toBe('completed');
    expect(done.document?.versions[0]?.sha256).toBe(sha256(file));
    expect(await incompleteUploads(draft.id)).toEqual([]);
  });

  it('refuses a wrong offset with 409 and changes nothing', async () => {
    const draft = await steps.draft('anna', '2000');
    const file = samplePdf('offset', 4000);
    const location = await created('anna', draft.id, file.length);
    expect((await patch('anna', location, 0, file.subarray(0, 1000))).statusCode).toBe(204);
    const wrong = await patch('anna', location, 0, file);
    expect(wrong.statusCode).toBe(409);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(wrong.json().code).toBe('upload_offset_mismatch');
    expect((await head('anna', location)).headers['upload-offset']).toBe('1000');
  });

  it('refuses a file over the limit when the upload is created, before any byte (413 problem+json)', async () => {
    const draft = await steps.draft('anna', '2000');
    const before = await h.db.uploadSession.count();
    const res = await create('anna', draft.id, 1024 * MiB + 1);
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'file_too_large', status: 413 });
    expect(res.json().detail).toContain('1024 MB');
    expect(await h.db.uploadSession.count()).toBe(before);
  });

  it('refuses an empty file, a missing type and a bad length at creation', async () => {
    const draft = await steps.draft('anna', '2000');
    expect((await create('anna', draft.id, 0)).json().code).toBe('file_empty');
    expect((await create('anna', draft.id, 10, 'not_a_type')).json().code).toBe('validation_failed');
    const noLength = await h.app.inject({
      method: 'POST',
      url: `/v1/applications/${draft.id}/uploads`,
      headers: { ...(await h.as('anna')), ...TUS, 'upload-metadata': metadata({ documentType: 'cv' }) },
    });
    expect(noLength.statusCode).toBe(400);
  });

  it('refuses a first chunk that is not PDF, JPEG or PNG (415) and keeps nothing', async () => {
    const draft = await steps.draft('anna', '2000');
    const file = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), randomBytes(6 * MiB)]);
    const location = await created('anna', draft.id, file.length);
    const res = await patch('anna', location, 0, file.subarray(0, 6 * MiB));
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('file_type_not_allowed');
    expect((await session('anna', location)).statusCode).toBe(404);
    expect(await incompleteUploads(draft.id)).toEqual([]);
    expect(await h.db.documentVersion.count({ where: { document: { applicationId: draft.id } } })).toBe(0);
  });

  it('is bound to its user: another employer, or an agent on the same file, gets 404', async () => {
    const draft = await steps.draft('anna', '2000');
    const file = samplePdf('mine', 3000);
    const location = await created('anna', draft.id, file.length);
    await patch('anna', location, 0, file.subarray(0, 1000));
    for (const user of ['bart', 'sofie'] as const) {
      expect((await head(user, location)).statusCode).toBe(404);
      const res = await patch(user, location, 1000, file.subarray(1000));
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('not_found');
      expect((await session(user, location)).statusCode).toBe(404);
      const del = await h.app.inject({
        method: 'DELETE',
        url: location,
        headers: { ...(await h.as(user)), ...TUS },
      });
      expect(del.statusCode).toBe(404);
    }
    expect((await head('anna', location)).headers['upload-offset']).toBe('1000');
    // Nor can another employer start one on an application it cannot see.
    expect((await create('bart', draft.id, 100)).statusCode).toBe(404);
  });

  it('follows the procedure like any upload: refused once the application is withdrawn', async () => {
    const app = await steps.submitted('anna');
    const file = samplePdf('late', 3000);
    const location = await created('anna', app.id, file.length, 'cv');
    expect((await create('ada', app.id, 100)).statusCode).toBe(404); // the analyst sees no files
    await steps.call('anna', 'POST', `/v1/applications/${app.id}/withdraw`, { reason: 'Not needed' });
    expect((await create('anna', app.id, 100, 'cv')).json().code).toBe('illegal_transition');
    // An upload started before is checked again when its last byte arrives, and discarded.
    const res = await patch('anna', location, 0, file);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('illegal_transition');
    expect((await session('anna', location)).statusCode).toBe(404);
    expect(await incompleteUploads(app.id)).toEqual([]);
  });

  it('terminates an upload on DELETE, aborting its multipart upload', async () => {
    const draft = await steps.draft('anna', '2000');
    const file = bigPdf(6 * MiB);
    const location = await created('anna', draft.id, file.length);
    await patch('anna', location, 0, file.subarray(0, 5 * MiB + 10));
    expect(await incompleteUploads(draft.id)).toHaveLength(1);
    const res = await h.app.inject({
      method: 'DELETE',
      url: location,
      headers: { ...(await h.as('anna')), ...TUS },
    });
    expect(res.statusCode).toBe(204);
    expect(await incompleteUploads(draft.id)).toEqual([]);
    expect((await head('anna', location)).statusCode).toBe(404);
  });

  it('aborts expired sessions with their multipart uploads and tails (abortExpiredUploads)', async () => {
    const draft = await steps.draft('anna', '2000');
    const file = bigPdf(8 * MiB);
    const location = await created('anna', draft.id, file.length);
    await patch('anna', location, 0, file.subarray(0, 5 * MiB + 4096)); // a part and a tail
    const id = location.split('/').pop() as string;
    expect(await incompleteUploads(draft.id)).toHaveLength(1);
    expect(await h.store.exists(tailKeyOf(id))).toBe(true);

    const uploads = (h.app as unknown as { uploads: { abortExpiredUploads(now?: Date): Promise<unknown> } })
      .uploads;
    expect(await uploads.abortExpiredUploads()).toEqual({ aborted: 0, forgotten: 0 }); // not yet
    const later = new Date(Date.now() + 25 * 3600 * 1000);
    // This one and the other tests' unfinished uploads; finished sessions are forgotten too.
    const swept = (await uploads.abortExpiredUploads(later)) as { aborted: number; forgotten: number };
    expect(swept.aborted).toBeGreaterThanOrEqual(1);
    expect(swept.forgotten).toBeGreaterThanOrEqual(1);
    expect(await h.db.uploadSession.count()).toBe(0);
    expect(await incompleteUploads(draft.id)).toEqual([]);
    expect(await h.store.exists(tailKeyOf(id))).toBe(false);
    expect(await h.db.uploadSession.count({ where: { id } })).toBe(0);
    expect((await head('anna', location)).statusCode).toBe(404);
  });
});
