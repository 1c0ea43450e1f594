/**
 * pnpm bench:upload: streams a 200 MB file through the API (a separate process, so its memory is
 * the API's alone) and, side by side, straight to the same object store with the minio client.
 * Prints `name: value unit` lines. Targets: API RSS growth < 64 MB; API/direct throughput >= 0.8.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { createDb, migrateDatabase, seedDemoData, seedReferenceData, startEmbeddedPostgres } from '@loket/db';
import { startDevClamd } from '@loket/dev-clamd';
import { startDevIdp } from '@loket/dev-idp';
import { loginWithPassword } from '@loket/dev-idp/testing';
import { startDevS3 } from '@loket/dev-s3';
import { createObjectStore } from '@loket/storage';

const sizeMb = Number(process.env.BENCH_UPLOAD_MB ?? 200);
const size = sizeMb * 1024 * 1024;
const concurrent = Number(process.env.BENCH_CONCURRENT ?? 20);
const concurrentMb = Number(process.env.BENCH_CONCURRENT_MB ?? 50);
const root = resolve(import.meta.dirname, '..');
const keys = { accessKey: 'loket', secretKey: 'loket-dev-secret' };

/** The same pseudo-random PDF-headed bytes every time, generated chunk by chunk (never held whole). */
function generated(size: number, seed = 0): Readable {
  const block = createHash('sha512');
  const chunk = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < chunk.length; i += 64) block.copy().update(`${seed}:${i}`).digest().copy(chunk, i);
  chunk.write('%PDF-1.7\n', 0, 'latin1');
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= size) return this.push(null);
      const n = Math.min(chunk.length, size - sent);
      // After the first block, drop the header so only the file's start looks like a PDF.
      const out = sent === 0 ? chunk.subarray(0, n) : Buffer.from(chunk.subarray(0, n)).fill(7, 0, 9);
      sent += n;
      this.push(out);
    },
  });
}

async function expectedSha256(size: number, seed = 0): Promise<string> {
  const hash = createHash('sha256');
  for await (const c of generated(size, seed)) hash.update(c as Buffer);
  return hash.digest('hex');
}

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
  return kb / 1024;
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

function uploadThroughApi(apiUrl: string, token: string, applicationId: string, size: number, seed = 0) {
  const boundary = '----loketbench';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\npassport\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise<{ status: number; body: string }>((resolvePromise, reject) => {
    const req = request(
      `${apiUrl}/v1/applications/${applicationId}/documents`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': head.length + size + tail.length,
        },
      },
      (res) => {
        let body = '';
        res.on('data', (d) => {
          body += d;
        });
        res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.write(head);
    const source = generated(size, seed);
    source.on('end', () => req.end(tail));
    source.pipe(req, { end: false });
  });
}

const dir = await mkdtemp(join(tmpdir(), 'loket-bench-'));
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
  const s3 = await startDevS3({ directory: join(dir, 's3'), port: 0, ...keys });
  const idp = await startDevIdp({ port: 0 });
  // Scanning reads every upload back from the store: part of the real load.
  const clamd = await startDevClamd({ port: 0 });
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
      CLAMD_HOST: clamd.host,
      CLAMD_PORT: String(clamd.port),
      UPLOAD_MAX_BYTES: String(Math.max(size, concurrentMb * 1024 * 1024) + 1024 * 1024),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  await waitFor(`${apiUrl}/health`);
  const token = (
    await loginWithPassword(idp.issuer, 'loket-portal', 'anna', 'demo', 'http://localhost:5173/')
  ).accessToken;
  const employers = (await (
    await fetch(`${apiUrl}/v1/employers`, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as {
    items: { id: string }[];
  };
  const createDraft = async () =>
    (
      (await (
        await fetch(`${apiUrl}/v1/applications`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ employerId: employers.items[0]?.id }),
        })
      ).json()) as { id: string }
    ).id;

  const sha = await expectedSha256(size);

  // Warm up: one small upload so code paths are loaded before the baseline is taken.
  const warm = await createDraft();
  const small = new FormData();
  small.set('type', 'cv');
  small.set('file', new Blob([Buffer.from('%PDF-1.4\nwarm-up\n%%EOF')]), 'warm.pdf');
  await fetch(`${apiUrl}/v1/applications/${warm}/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: small,
  });
  await new Promise((r) => setTimeout(r, 500));

  const pid = api.pid as number;
  const baseline = await rssMb(pid);
  let peak = baseline;
  const sampler = setInterval(async () => {
    peak = Math.max(peak, await rssMb(pid).catch(() => peak));
  }, 50);

  const applicationId = await createDraft();
  const t0 = performance.now();
  const result = await uploadThroughApi(apiUrl, token, applicationId, size);
  const apiSeconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  if (result.status !== 201) throw new Error(`upload failed: ${result.status} ${result.body}`);
  const stored = JSON.parse(result.body).versions[0] as { sha256: string; sizeBytes: number };

  const partSizeBytes = Number(process.env.S3_PART_SIZE_MB ?? 5) * 1024 * 1024; // the API's default, for a fair comparison
  const store = createObjectStore({ endPoint: s3.endpoint, ...keys, bucket: 'loket-bench', partSizeBytes });
  const t1 = performance.now();
  const direct = await store.putStream('bench/direct', generated(size), { contentType: 'application/pdf' });
  const directSeconds = (performance.now() - t1) / 1000;

  // Phase 2: many people uploading at once. Each upload has its own content, so a mix-up shows.
  const concurrentSize = concurrentMb * 1024 * 1024;
  const drafts = await Promise.all(Array.from({ length: concurrent }, () => createDraft()));
  const expected = await Promise.all(drafts.map((_d, i) => expectedSha256(concurrentSize, i + 1)));
  await new Promise((r) => setTimeout(r, 500));
  const concurrentBaseline = await rssMb(pid);
  let concurrentPeak = concurrentBaseline;
  const concurrentSampler = setInterval(async () => {
    concurrentPeak = Math.max(concurrentPeak, await rssMb(pid).catch(() => concurrentPeak));
  }, 50);
  const t2 = performance.now();
  const results = await Promise.all(
    drafts.map((id, i) =>
      uploadThroughApi(apiUrl, token, id, concurrentSize, i + 1).catch((e: Error) => ({
        status: 0,
        body: e.message,
      })),
    ),
  );
  const concurrentSeconds = (performance.now() - t2) / 1000;
  clearInterval(concurrentSampler);
  let lost = 0;
  let mismatched = 0;
  results.forEach((r, i) => {
    if (r.status !== 201) {
      lost++;
      return;
    }
    if ((JSON.parse(r.body).versions[0] as { sha256: string }).sha256 !== expected[i]) mismatched++;
  });

  const apiMbps = sizeMb / apiSeconds;
  const directMbps = sizeMb / directSeconds;
  console.log(`upload_size: ${sizeMb} MB`);
  console.log(`api_upload_throughput: ${apiMbps.toFixed(1)} MB/s`);
  console.log(`direct_put_throughput: ${directMbps.toFixed(1)} MB/s`);
  console.log(`api_vs_direct_ratio: ${(apiMbps / directMbps).toFixed(2)} (target >= 0.8)`);
  console.log(`api_rss_baseline: ${baseline.toFixed(1)} MB`);
  console.log(`api_rss_peak: ${peak.toFixed(1)} MB`);
  console.log(`api_rss_growth: ${(peak - baseline).toFixed(1)} MB (target < 64 MB)`);
  console.log(`sha256_match: ${stored.sha256 === sha && direct.sha256 === sha ? 'yes' : 'NO'}`);
  console.log(`concurrent_uploads: ${concurrent} x ${concurrentMb} MB`);
  console.log(`concurrent_throughput: ${((concurrent * concurrentMb) / concurrentSeconds).toFixed(1)} MB/s`);
  console.log(
    `concurrent_rss_growth: ${(concurrentPeak - concurrentBaseline).toFixed(1)} MB (target <= 256 MB)`,
  );
  console.log(`concurrent_lost: ${lost} (target 0)`);
  console.log(`concurrent_sha256_mismatched: ${mismatched} (target 0)`);
  await db.$disconnect();
  await idp.close();
  await clamd.close();
  await s3.close();
  if (
    stored.sha256 !== sha ||
    peak - baseline >= 64 ||
    lost > 0 ||
    mismatched > 0 ||
    concurrentPeak - concurrentBaseline > 256
  ) {
    process.exitCode = 1;
  }
} finally {
  api?.kill('SIGTERM');
  await pg.stop();
  await rm(dir, { recursive: true, force: true });
}
