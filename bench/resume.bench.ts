/**
 * pnpm bench:resume: a 500 MB resumable (tus) upload through the API (its own process, so its
 * memory is the API's alone), cut off at half, then resumed from the offset the server reports.
 * Prints `name: value unit` lines: bytes sent again after the cut (target 0), throughput, the
 * completion step (assembling the parts and reading the object back once for its SHA-256) and
 * the API's memory. BENCH_RESUME_MB changes the size.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDb, migrateDatabase, seedDemoData, seedReferenceData, startEmbeddedPostgres } from '@loket/db';
import { startDevIdp } from '@loket/dev-idp';
import { loginWithPassword } from '@loket/dev-idp/testing';
import { startDevS3 } from '@loket/dev-s3';

const sizeMb = Number(process.env.BENCH_RESUME_MB ?? 500);
const size = sizeMb * 1024 * 1024;
const cutAt = Math.floor(size / 2) + 12_345; // not on a part boundary: a tail must be kept too
const root = resolve(import.meta.dirname, '..');
const keys = { accessKey: 'loket', secretKey: 'loket-dev-secret' };
const TUS = { 'tus-resumable': '1.0.0' };

/** Byte i of the file is block[i % block.length], except a PDF header at the start: any range can be made. */
const block = randomBytes(1024 * 1024 + 7);
const header = Buffer.from('%PDF-1.7\n', 'latin1');
function bytes(from: number, to: number): Buffer {
  const out = Buffer.allocUnsafe(to - from);
  for (let i = 0; i < out.length; ) {
    const pos = (from + i) % block.length;
    const n = Math.min(block.length - pos, out.length - i);
    block.copy(out, i, pos, pos + n);
    i += n;
  }
  if (from < header.length) header.copy(out, 0, from, Math.min(header.length, to));
  return out;
}
function expectedSha256(): string {
  const hash = createHash('sha256');
  for (let at = 0; at < size; at += 8 * 1024 * 1024)
    hash.update(bytes(at, Math.min(size, at + 8 * 1024 * 1024)));
  return hash.digest('hex');
}

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
}

async function waitFor(url: string, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

/**
 * One PATCH of [from, to) in 1 MiB writes. With `cut`, the connection is closed after that many
 * bytes (a half-close: what was sent arrives, the rest never does). Resolves with the status and
 * the time the last byte was handed to the socket.
 */
function patch(url: string, token: string, from: number, to: number, cut?: number) {
  return new Promise<{ status: number; lastByteAt: number; sent: number }>((resolvePromise, reject) => {
    let sent = 0;
    let lastByteAt = 0;
    const req = request(url, {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${token}`,
        ...TUS,
        'content-type': 'application/offset+octet-stream',
        'upload-offset': String(from),
        'content-length': String(to - from),
      },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, lastByteAt, sent }));
    });
    req.on('error', (e) => (cut === undefined ? reject(e) : resolvePromise({ status: 0, lastByteAt, sent })));
    const limit = cut === undefined ? to - from : cut;
    const write = () => {
      while (sent < limit) {
        const n = Math.min(1024 * 1024, limit - sent);
        const ok = req.write(bytes(from + sent, from + sent + n));
        sent += n;
        if (!ok) return void req.once('drain', write);
      }
      lastByteAt = performance.now();
      if (cut === undefined) req.end();
      else {
        req.socket?.end(); // the connection drops here
        setTimeout(() => resolvePromise({ status: 0, lastByteAt, sent }), 500);
      }
    };
    write();
  });
}

const dir = await mkdtemp(join(tmpdir(), 'loket-bench-resume-'));
await chmod(dir, 0o755); // as root, PostgreSQL runs as `postgres` and must enter the directory
const pg = await startEmbeddedPostgres({
  dataDir: join(dir, 'pg'),
  port: 5500 + Math.floor(Math.random() * 400),
});
let api: ChildProcess | undefined;
try {
  await migrateDatabase(pg.databaseUrl);
  const db = createDb(pg.databaseUrl);
  await seedReferenceData(db);
  await seedDemoData(db);
  await db.$disconnect();
  const s3 = await startDevS3({ directory: join(dir, 's3'), port: 0, ...keys });
  const idp = await startDevIdp({ port: 0 });
  const apiPort = 4900 + Math.floor(Math.random() * 90);
  api = spawn(process.execPath, ['--import', 'tsx', join(root, 'apps/api/src/server.ts')], {
    env: {
      ...process.env,
      PORT: String(apiPort),
      DATABASE_URL: pg.databaseUrl,
      S3_ENDPOINT: s3.endpoint,
      S3_ACCESS_KEY: keys.accessKey,
      S3_SECRET_KEY: keys.secretKey,
      S3_BUCKET: 'loket-bench',
      OIDC_ISSUER: idp.issuer,
      UPLOAD_RESUMABLE_MAX_BYTES: String(size + 1024 * 1024),
      LOG_LEVEL: 'fatal',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  await waitFor(`${apiUrl}/health`);
  const token = (
    await loginWithPassword(idp.issuer, 'loket-portal', 'anna', 'demo', 'http://localhost:5173/')
  ).accessToken;
  const auth = { authorization: `Bearer ${token}` };
  const employers = (await (await fetch(`${apiUrl}/v1/employers`, { headers: auth })).json()) as {
    items: { id: string }[];
  };
  const draft = (await (
    await fetch(`${apiUrl}/v1/applications`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ employerId: employers.items[0]?.id }),
    })
  ).json()) as { id: string };
  const sha = expectedSha256();
  const metadata = `documentType ${Buffer.from('passport').toString('base64')},filename ${Buffer.from('big.pdf').toString('base64')}`;
  const created = await fetch(`${apiUrl}/v1/applications/${draft.id}/uploads`, {
    method: 'POST',
    headers: { ...auth, ...TUS, 'upload-length': String(size), 'upload-metadata': metadata },
  });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${await created.text()}`);
  const uploadUrl = `${apiUrl}${created.headers.get('location')}`;

  await new Promise((r) => setTimeout(r, 500));
  const pid = api.pid as number;
  const baseline = await rssMb(pid);
  let peak = baseline;
  const sampler = setInterval(async () => {
    peak = Math.max(peak, await rssMb(pid).catch(() => peak));
  }, 50);

  // First attempt: the connection drops after half the file.
  const t0 = performance.now();
  const first = await patch(uploadUrl, token, 0, size, cutAt);
  const firstSeconds = (first.lastByteAt - t0) / 1000;

  // The client asks where to continue, and sends only what the server does not have.
  let offset = -1;
  for (let i = 0; i < 50 && offset < 0; i++) {
    const head = await fetch(uploadUrl, { method: 'HEAD', headers: { ...auth, ...TUS } });
    if (head.status === 200) offset = Number(head.headers.get('upload-offset'));
    else await new Promise((r) => setTimeout(r, 100));
  }
  const t1 = performance.now();
  const second = await patch(uploadUrl, token, offset, size);
  const t2 = performance.now();
  clearInterval(sampler);
  if (second.status !== 204) throw new Error(`resume: ${second.status}`);
  const session = (await (await fetch(uploadUrl, { headers: auth })).json()) as {
    state: string;
    document?: { versions: { sha256: string; sizeBytes: number }[] };
  };
  const stored = session.document?.versions[0];

  const resumeSendSeconds = (second.lastByteAt - t1) / 1000;
  const completionSeconds = (t2 - second.lastByteAt) / 1000;
  const sentTotal = first.sent + second.sent;
  console.log(`upload_size: ${sizeMb} MB`);
  console.log(`cut_after: ${first.sent} bytes`);
  console.log(`server_offset_after_cut: ${offset} bytes`);
  console.log(`bytes_resent_after_resume: ${first.sent - offset} bytes (target 0)`);
  console.log(
    `bytes_sent_on_resume: ${second.sent} bytes (= size - offset: ${second.sent === size - offset ? 'yes' : 'NO'})`,
  );
  console.log(`bytes_sent_total: ${sentTotal} bytes (size ${size})`);
  console.log(`throughput_before_cut: ${(first.sent / 1024 / 1024 / firstSeconds).toFixed(1)} MB/s`);
  console.log(`throughput_after_resume: ${(second.sent / 1024 / 1024 / resumeSendSeconds).toFixed(1)} MB/s`);
  console.log(
    `throughput_overall: ${(sizeMb / ((first.lastByteAt - t0 + (t2 - t1)) / 1000)).toFixed(1)} MB/s (sending + completion)`,
  );
  console.log(
    `completion_time: ${completionSeconds.toFixed(2)} s (complete multipart + SHA-256 read-back + record)`,
  );
  console.log(`completion_readback_rate: ${(sizeMb / completionSeconds).toFixed(1)} MB/s`);
  console.log(`api_rss_baseline: ${baseline.toFixed(1)} MB`);
  console.log(`api_rss_peak: ${peak.toFixed(1)} MB`);
  console.log(`api_rss_growth: ${(peak - baseline).toFixed(1)} MB (target < 64 MB)`);
  console.log(`sha256_match: ${stored?.sha256 === sha && stored?.sizeBytes === size ? 'yes' : 'NO'}`);
  await idp.close();
  await s3.close();
} finally {
  if (api && api.exitCode === null) {
    const exited = new Promise((r) => api?.once('exit', r));
    api.kill('SIGTERM');
    await exited; // its connections closed before PostgreSQL stops
  }
  await pg.stop();
  await rm(dir, { recursive: true, force: true });
}
