import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Client } from 'minio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevS3, startDevS3 } from './index.ts';

const BUCKET = 'shims';
const MiB = 1024 * 1024;

let dir: string;
let s3: DevS3;
let client: Client;

function minioFor(endpoint: string, accessKey = 'S3RVER'): Client {
  const url = new URL(endpoint);
  return new Client({
    endPoint: url.hostname,
    port: Number(url.port),
    useSSL: false,
    accessKey,
    secretKey: 'S3RVER',
    region: 'us-east-1',
    // The smallest part S3 allows, so multipart paths run on a few MiB instead of 64+.
    partSize: 5 * MiB,
  });
}

/** `count` chunks of 1 MiB whose bytes depend on `seed` and the chunk index. */
function generated(count: number, seed: number, failAfter?: number): Readable {
  let i = 0;
  return new Readable({
    read() {
      if (failAfter !== undefined && i === failAfter) {
        this.destroy(new Error('source failed'));
        return;
      }
      if (i === count) {
        this.push(null);
        return;
      }
      this.push(Buffer.alloc(MiB, (seed * 31 + i) % 251));
      i += 1;
    },
  });
}

function sha256Of(count: number, seed: number): string {
  const hash = createHash('sha256');
  for (let i = 0; i < count; i += 1) hash.update(Buffer.alloc(MiB, (seed * 31 + i) % 251));
  return hash.digest('hex');
}

async function sha256OfStream(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function incompleteUploads(prefix = ''): Promise<{ key: string; uploadId: string; size: number }[]> {
  const out: { key: string; uploadId: string; size: number }[] = [];
  for await (const upload of client.listIncompleteUploads(BUCKET, prefix, true)) {
    out.push(upload as { key: string; uploadId: string; size: number });
  }
  return out;
}

async function uploadDirs(): Promise<string[]> {
  try {
    return await readdir(path.join(dir, BUCKET, '._S3rver_uploads'));
  } catch {
    return [];
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dev-s3-shims-'));
  s3 = await startDevS3({ directory: dir });
  client = minioFor(s3.endpoint);
  await client.makeBucket(BUCKET);
});

afterAll(async () => {
  await s3?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('GET /bucket?uploads (ListMultipartUploads)', () => {
  it('answers an empty listing with the XML minio parses', async () => {
    const res = await fetch(`${s3.endpoint}/${BUCKET}?uploads`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/xml/);
    const body = await res.text();
    expect(body).toContain('<ListMultipartUploadsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">');
    expect(body).toContain('<IsTruncated>false</IsTruncated>');
    expect(body).not.toContain('<Upload>');
    expect(await incompleteUploads()).toEqual([]);
  });

  it('lists uploads in progress with prefix, delimiter and paging', async () => {
    const a = await client.initiateNewMultipartUpload(BUCKET, 'list/a.pdf', {});
    const b = await client.initiateNewMultipartUpload(BUCKET, 'list/sub/b.pdf', {});
    await client.uploadPart(
      { bucketName: BUCKET, objectName: 'list/a.pdf', uploadID: a, partNumber: 1, headers: {} },
      Buffer.alloc(1000, 1),
    );

    const listed = await incompleteUploads('list/');
    expect(listed.map((u) => [u.key, u.uploadId, u.size])).toEqual([
      ['list/a.pdf', a, 1000],
      ['list/sub/b.pdf', b, 0],
    ]);

    const grouped = await (await fetch(`${s3.endpoint}/${BUCKET}?uploads&prefix=list/&delimiter=/`)).text();
    expect(grouped).toContain('<Key>list/a.pdf</Key>');
    expect(grouped).toContain('<CommonPrefixes><Prefix>list/sub/</Prefix></CommonPrefixes>');
    expect(grouped).not.toContain('list/sub/b.pdf');

    const page = await (await fetch(`${s3.endpoint}/${BUCKET}?uploads&prefix=list/&max-uploads=1`)).text();
    expect(page).toContain('<IsTruncated>true</IsTruncated>');
    expect(page).toContain(`<NextUploadIdMarker>${a}</NextUploadIdMarker>`);
    const rest = await (
      await fetch(`${s3.endpoint}/${BUCKET}?uploads&prefix=list/&key-marker=list/a.pdf&upload-id-marker=${a}`)
    ).text();
    expect(rest).toContain('<Key>list/sub/b.pdf</Key>');
    expect(rest).not.toContain('<Key>list/a.pdf</Key>');

    await client.abortMultipartUpload(BUCKET, 'list/a.pdf', a);
    await client.abortMultipartUpload(BUCKET, 'list/sub/b.pdf', b);
  });

  it('answers NoSuchBucket for a missing bucket', async () => {
    const res = await fetch(`${s3.endpoint}/no-such-bucket?uploads`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('<Code>NoSuchBucket</Code>');
  });

  it('lets minio putObject stream a multipart object of unknown size', async () => {
    // Without the shim this is the request that failed every upload larger than one part.
    await client.putObject(BUCKET, 'big/twelve.bin', generated(12, 1));
    const stat = await client.statObject(BUCKET, 'big/twelve.bin');
    expect(stat.size).toBe(12 * MiB);
    expect(await sha256OfStream(await client.getObject(BUCKET, 'big/twelve.bin'))).toBe(sha256Of(12, 1));
    expect(await incompleteUploads()).toEqual([]);
  });
});

describe('DELETE /bucket/key?uploadId (AbortMultipartUpload)', () => {
  it('returns 204 through minio and deletes the stored parts', async () => {
    const uploadId = await client.initiateNewMultipartUpload(BUCKET, 'abort/me.bin', {});
    await client.uploadPart(
      { bucketName: BUCKET, objectName: 'abort/me.bin', uploadID: uploadId, partNumber: 1, headers: {} },
      Buffer.alloc(5 * MiB, 7),
    );
    expect(await uploadDirs()).toContain(uploadId);

    await client.abortMultipartUpload(BUCKET, 'abort/me.bin', uploadId); // minio insists on 204
    expect(await uploadDirs()).not.toContain(uploadId);
    expect(await incompleteUploads('abort/')).toEqual([]);
    await expect(client.statObject(BUCKET, 'abort/me.bin')).rejects.toMatchObject({ code: 'NotFound' });
  });

  it('also deletes a part that was still being written when the abort arrived', async () => {
    const uploadId = await client.initiateNewMultipartUpload(BUCKET, 'abort/racing.bin', {});
    const url = new URL(`${s3.endpoint}/${BUCKET}/abort/racing.bin?partNumber=1&uploadId=${uploadId}`);
    const req = request(url, { method: 'PUT', headers: { 'content-length': String(2 * MiB) } });
    const answered = new Promise<number>((resolve, reject) => {
      req.on('response', (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
    });
    req.write(Buffer.alloc(MiB, 3));
    // The part file exists (s3rver streams it to disk) before the abort is sent.
    await expect
      .poll(async () => (await readdir(path.join(dir, BUCKET, '._S3rver_uploads', uploadId))).includes('1'))
      .toBe(true);

    await client.abortMultipartUpload(BUCKET, 'abort/racing.bin', uploadId);
    req.end(Buffer.alloc(MiB, 3));
    expect(await answered).toBe(404); // NoSuchUpload, as S3 answers a part that lost to an abort
    await expect.poll(async () => (await uploadDirs()).includes(uploadId)).toBe(false);
    expect(await incompleteUploads('abort/')).toEqual([]);
  });

  it('refuses parts, completes and aborts for unknown or aborted uploads without recreating them', async () => {
    const uploadId = await client.initiateNewMultipartUpload(BUCKET, 'abort/late.bin', {});
    await client.abortMultipartUpload(BUCKET, 'abort/late.bin', uploadId);

    await expect(
      client.uploadPart(
        { bucketName: BUCKET, objectName: 'abort/late.bin', uploadID: uploadId, partNumber: 1, headers: {} },
        Buffer.alloc(1024, 1),
      ),
    ).rejects.toMatchObject({ code: 'NoSuchUpload' });
    await expect(
      client.completeMultipartUpload(BUCKET, 'abort/late.bin', uploadId, [{ part: 1, etag: 'x' }]),
    ).rejects.toMatchObject({ code: 'NoSuchUpload' });
    await expect(client.abortMultipartUpload(BUCKET, 'abort/late.bin', uploadId)).rejects.toMatchObject({
      code: 'NoSuchUpload',
    });
    expect(await uploadDirs()).not.toContain(uploadId);

    // Upload ids become file names in s3rver's store: nothing path-like may get through.
    const res = await fetch(`${s3.endpoint}/${BUCKET}/abort/late.bin?uploadId=..%2F..%2Fetc`, {
      method: 'DELETE',
    });
    expect(res.status).toBe(404);
  });

  it('rejects part numbers that are not 1..10000', async () => {
    const uploadId = await client.initiateNewMultipartUpload(BUCKET, 'abort/parts.bin', {});
    for (const partNumber of ['0', '10001', '..%2F..%2Fx', '1e3']) {
      const res = await fetch(
        `${s3.endpoint}/${BUCKET}/abort/parts.bin?partNumber=${partNumber}&uploadId=${uploadId}`,
        {
          method: 'PUT',
          body: 'x',
        },
      );
      expect(res.status).toBe(400);
    }
    await client.abortMultipartUpload(BUCKET, 'abort/parts.bin', uploadId);
  });
});

describe('GET /bucket/key?uploadId (ListParts)', () => {
  it('lets minio resume an interrupted putObject', async () => {
    // minio's putObject does not abort when its source fails; the upload stays behind, the
    // listing above reports it, and the next putObject of that key resumes it via ListParts.
    const failing = generated(20, 2, 11);
    failing.on('error', () => {});
    void client.putObject(BUCKET, 'resume/doc.bin', failing).catch(() => {});
    await expect
      .poll(async () => (await incompleteUploads('resume/'))[0]?.size, { timeout: 10_000 })
      .toBe(10 * MiB);

    await client.putObject(BUCKET, 'resume/doc.bin', generated(12, 2));
    expect(await sha256OfStream(await client.getObject(BUCKET, 'resume/doc.bin'))).toBe(sha256Of(12, 2));
    expect(await incompleteUploads('resume/')).toEqual([]);
  });
});
