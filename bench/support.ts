/**
 * What the benches share: the whole stack on this machine (embedded PostgreSQL, dev-s3, dev-idp
 * and, if asked, dev-clamd) with the API in its own process, so its memory is the API's alone; a
 * signed-in applicant; the API's RSS sampled from /proc; deterministic file content.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { createDb, migrateDatabase, seedDemoData, seedReferenceData, startEmbeddedPostgres } from '@loket/db';
import { type DevClamd, startDevClamd } from '@loket/dev-clamd';
import { type DevIdp, startDevIdp } from '@loket/dev-idp';
import { loginWithPassword } from '@loket/dev-idp/testing';
import { type DevS3, startDevS3 } from '@loket/dev-s3';

const root = resolve(import.meta.dirname, '..');
const keys = { accessKey: 'loket', secretKey: 'loket-dev-secret' };
const bucket = 'loket-bench';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The API, running, and a demo applicant (anna) signed in to it. */
export interface BenchApi {
  url: string;
  pid: number;
  token: string;
  auth: { authorization: string };
  /** The bucket the API stores into, to put objects there directly (e.g. with a minio client). */
  s3: { endPoint: string; accessKey: string; secretKey: string; bucket: string };
  /** Which object store that is, for the bench's output. */
  store: string;
  /** A new draft application for anna's first employer; its id. */
  createDraft(): Promise<string>;
  /** The database the API uses (for a bench's own set-up and sampling). */
  databaseUrl: string;
  /** Signs a demo user in (password demo); the Authorization header for them. */
  login(username: string): Promise<{ authorization: string }>;
}

/**
 * Starts the stack in a fresh temporary directory (named after `name`), runs `bench` against the
 * API, then stops everything and removes the directory, whether `bench` succeeded or not.
 * `env` adds to the API's environment (limits, LOG_LEVEL). With `clamd`, uploads are virus-scanned,
 * which reads every upload back from the store, as in production.
 */
export async function withBenchApi<T>(
  options: {
    name: string;
    clamd?: boolean;
    env: Record<string, string>;
    /** An existing cluster to run on (kept afterwards), e.g. one seeded once and reused. */
    postgresDataDir?: string;
  },
  bench: (api: BenchApi) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), `${options.name}-`));
  await chmod(dir, 0o755); // as root, PostgreSQL runs as `postgres` and must enter the directory
  const pg = await startEmbeddedPostgres({
    dataDir: options.postgresDataDir ?? join(dir, 'pg'),
    port: 5500 + Math.floor(Math.random() * 400),
  });
  let s3: DevS3 | undefined;
  let idp: DevIdp | undefined;
  let clamd: DevClamd | undefined;
  let child: ChildProcess | undefined;
  try {
    await migrateDatabase(pg.databaseUrl);
    const db = createDb(pg.databaseUrl);
    await seedReferenceData(db);
    await seedDemoData(db);
    await db.$disconnect();
    s3 = await startDevS3({ directory: join(dir, 's3'), port: 0, ...keys });
    idp = await startDevIdp({ port: 0 });
    // Configured as production must be: the scanner takes any file the API accepts (StreamMaxLength
    // above UPLOAD_MAX_BYTES), or a larger upload stays pending and is never scanned.
    const uploadMaxBytes = Number(options.env.UPLOAD_MAX_BYTES ?? 0);
    clamd = options.clamd
      ? await startDevClamd({
          port: 0,
          ...(uploadMaxBytes > 64 * MiB ? { streamMaxLength: uploadMaxBytes + MiB } : {}),
        })
      : undefined;
    const apiPort = 4900 + Math.floor(Math.random() * 90);
    // BENCH_API_NODE_ARGS: extra node flags for the API process, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
    const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
    child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', join(root, 'apps/api/src/server.ts')], {
      env: {
        ...process.env,
        PORT: String(apiPort),
        DATABASE_URL: pg.databaseUrl,
        S3_ENDPOINT: s3.endpoint,
        S3_ACCESS_KEY: keys.accessKey,
        S3_SECRET_KEY: keys.secretKey,
        S3_BUCKET: bucket,
        OIDC_ISSUER: idp.issuer,
        ...(clamd ? { CLAMD_HOST: clamd.host, CLAMD_PORT: String(clamd.port) } : {}),
        ...options.env,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const url = `http://127.0.0.1:${apiPort}`;
    await waitFor(`${url}/health`);
    const issuer = idp.issuer;
    const login = async (username: string) => ({
      authorization: `Bearer ${(await loginWithPassword(issuer, 'loket-portal', username, 'demo', 'http://localhost:5173/')).accessToken}`,
    });
    const auth = await login('anna');
    const token = auth.authorization.slice('Bearer '.length);
    const employers = (await (await fetch(`${url}/v1/employers`, { headers: auth })).json()) as {
      items: { id: string }[];
    };
    return await bench({
      url,
      pid: child.pid as number,
      token,
      auth,
      s3: { endPoint: s3.endpoint, ...keys, bucket },
      store: `dev-s3 (s3rver ${await s3rverVersion()}, embedded in the bench process, files on disk in ${dir})`,
      databaseUrl: pg.databaseUrl,
      login,
      createDraft: async () =>
        (
          (await (
            await fetch(`${url}/v1/applications`, {
              method: 'POST',
              headers: { ...auth, 'content-type': 'application/json' },
              body: JSON.stringify({ employerId: employers.items[0]?.id }),
            })
          ).json()) as { id: string }
        ).id,
    });
  } finally {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child?.once('exit', r));
      child.kill('SIGTERM');
      await exited; // its connections closed before PostgreSQL stops
    }
    await clamd?.close();
    await idp?.close();
    await s3?.close();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function s3rverVersion(): Promise<string> {
  const fromDevS3 = createRequire(join(root, 'packages/dev-s3/package.json'));
  return (JSON.parse(await readFile(fromDevS3.resolve('s3rver/package.json'), 'utf8')) as { version: string })
    .version;
}

async function waitFor(url: string, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await sleep(200);
  }
  throw new Error(`${url} did not come up`);
}

async function memoryMb(pid: number): Promise<{ rss: number; hwm: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

/** The resident memory of process `pid`, in MB. */
export async function rssMb(pid: number): Promise<number> {
  return (await memoryMb(pid)).rss;
}

/**
 * Lets process `pid` settle for half a second, takes its RSS (VmRSS) as the baseline, then follows
 * the peak every 50 ms until stop(). A spike between two samples is caught by the kernel's own
 * high-water mark (VmHWM), reset to the current RSS at the baseline (writing 5 to clear_refs,
 * Linux 4.0+) so that it covers this run only; where the reset is refused the samples alone count.
 */
export async function sampleRss(pid: number) {
  await sleep(500);
  const hwmReset = await writeFile(`/proc/${pid}/clear_refs`, '5').then(
    () => true,
    () => false,
  );
  const baseline = await rssMb(pid);
  let sampledPeak = baseline;
  let hwm = 0;
  let samples = 0;
  const sampler = setInterval(async () => {
    const rss = await rssMb(pid).catch(() => 0);
    sampledPeak = Math.max(sampledPeak, rss);
    samples++;
  }, 50);
  return {
    baseline,
    /** The highest RSS seen: the samples' and, when it was reset, the kernel's high-water mark. */
    get peak() {
      return Math.max(sampledPeak, hwm);
    },
    get samples() {
      return samples;
    },
    /** Whether the peak includes VmHWM (reset at the baseline). */
    hwmReset,
    /** Stops sampling and reads the high-water mark the kernel kept meanwhile. */
    async stop() {
      clearInterval(sampler);
      const last = await memoryMb(pid).catch(() => undefined);
      if (last) {
        sampledPeak = Math.max(sampledPeak, last.rss);
        if (hwmReset) hwm = last.hwm;
      }
    },
  };
}

const MiB = 1024 * 1024;
const pdfHeader = Buffer.from('%PDF-1.7\n', 'latin1');

/**
 * A PDF-headed file of pseudo-random bytes, the same for the same seed and different for another.
 * Byte i is block[i % block.length] (a block of 1 MiB + 7, so it never lines up with parts),
 * except the PDF header at the start, so any range can be made without holding the file.
 */
export function content(seed = 0) {
  const block = Buffer.alloc(MiB + 7);
  for (let i = 0; i < block.length; i += 64) {
    createHash('sha512').update(`${seed}:${i}`).digest().copy(block, i);
  }
  const bytes = (from: number, to: number): Buffer => {
    const out = Buffer.allocUnsafe(to - from);
    for (let i = 0; i < out.length; ) {
      const pos = (from + i) % block.length;
      const n = Math.min(block.length - pos, out.length - i);
      block.copy(out, i, pos, pos + n);
      i += n;
    }
    if (from < pdfHeader.length) pdfHeader.copy(out, 0, from, Math.min(pdfHeader.length, to));
    return out;
  };
  return {
    /** Bytes [from, to) of the file. */
    bytes,
    /** The first `size` bytes as a stream, 1 MiB at a time. */
    stream(size: number): Readable {
      let sent = 0;
      return new Readable({
        read() {
          if (sent >= size) return void this.push(null);
          const n = Math.min(MiB, size - sent);
          this.push(bytes(sent, sent + n));
          sent += n;
        },
      });
    },
    /** The SHA-256 of the first `size` bytes, hex. */
    sha256(size: number): string {
      const hash = createHash('sha256');
      for (let at = 0; at < size; at += 8 * MiB) hash.update(bytes(at, Math.min(size, at + 8 * MiB)));
      return hash.digest('hex');
    },
  };
}
