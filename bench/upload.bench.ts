/**
 * pnpm bench:upload, in one run (the API in its own process, so its memory is the API's alone):
 *   1. a 200 MB file uploaded through the API: throughput and the API's RSS growth (target < 64 MB);
 *   2. the same file put straight into the same store and bucket with a plain `minio` client's
 *      putObject (its defaults): throughput, and the API's as a ratio to it (target >= 0.8);
 *   3. 20 concurrent 50 MB uploads through the API: the API's RSS baseline, peak and peak growth
 *      (target <= 256 MB), uploads lost (target 0) and SHA-256 mismatches (target 0).
 * The store is the embedded dev S3 (s3rver) the bench starts. RSS is sampled from /proc every
 * 50 ms, with the kernel's high-water mark for spikes in between (bench/support.ts sampleRss), from
 * before an upload until the API has also scanned it (scanning reads every upload back from the
 * store, as in production). Every stored file is then downloaded through the API and hashed.
 * Prints `name: value unit` lines (MB = MiB) and `target_...: met|missed`; exit code 1 if any
 * target is missed.
 */
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { loadavg } from 'node:os';
import { Client } from 'minio';
import { type BenchApi, content, sampleRss, sleep, withBenchApi } from './support.ts';

const MiB = 1024 * 1024;
const sizeMb = Number(process.env.BENCH_UPLOAD_MB ?? 200);
const size = sizeMb * MiB;
const concurrent = Number(process.env.BENCH_CONCURRENT ?? 20);
const concurrentMb = Number(process.env.BENCH_CONCURRENT_MB ?? 50);
const concurrentSize = concurrentMb * MiB;
const targets = { rssGrowthMb: 64, ratio: 0.8, concurrentGrowthMb: 256 };

interface StoredVersion {
  id: string;
  sha256: string;
  sizeBytes: number;
  scanStatus: 'pending' | 'clean' | 'infected';
}

function uploadThroughApi(
  api: BenchApi,
  auth: { authorization: string },
  applicationId: string,
  size: number,
  seed = 0,
) {
  const boundary = '----loketbench';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\npassport\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise<{ status: number; body: string }>((resolvePromise, reject) => {
    const req = request(
      `${api.url}/v1/applications/${applicationId}/documents`,
      {
        method: 'POST',
        headers: {
          ...auth,
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
    const source = content(seed).stream(size);
    source.on('end', () => req.end(tail));
    source.pipe(req, { end: false });
  });
}

/** The application's only uploaded version once the API has scanned it (or after `ms`, as it is). */
async function scanned(api: BenchApi, applicationId: string, ms = 300_000): Promise<StoredVersion> {
  const until = Date.now() + ms;
  for (;;) {
    const res = await fetch(`${api.url}/v1/applications/${applicationId}`, { headers: await signedIn(api) });
    if (!res.ok) throw new Error(`reading ${applicationId}: ${res.status} ${await res.text()}`);
    const detail = (await res.json()) as { documents: { versions: StoredVersion[] }[] };
    const version = detail.documents[0]?.versions[0];
    if (!version) throw new Error(`no document stored for ${applicationId}`);
    if (version.scanStatus !== 'pending' || Date.now() > until) return version;
    await sleep(500);
  }
}

async function sha256Of(stream: AsyncIterable<Uint8Array>): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of stream) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

/** The stored bytes of a version, downloaded through the API and hashed (undefined if refused). */
async function downloadedSha256(api: BenchApi, applicationId: string, versionId: string) {
  const res = await fetch(
    `${api.url}/v1/applications/${applicationId}/document-versions/${versionId}/content`,
    {
      headers: await signedIn(api),
    },
  );
  if (res.status !== 200 || !res.body) {
    await res.body?.cancel();
    return undefined;
  }
  return sha256Of(res.body);
}

// Access tokens live 5 minutes and a slow run takes longer: anna signs in again every 2 minutes.
let session: { auth: { authorization: string }; at: number } | undefined;
async function signedIn(api: BenchApi) {
  if (!session || Date.now() - session.at > 120_000)
    session = { auth: await api.login('anna'), at: Date.now() };
  return session.auth;
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

await withBenchApi(
  {
    name: 'loket-bench',
    clamd: true,
    env: {
      UPLOAD_MAX_BYTES: String(Math.max(size, concurrentSize) + MiB),
      LOG_LEVEL: 'warn',
    },
  },
  async (api) => {
    const sha = content().sha256(size);
    const expected = Array.from({ length: concurrent }, (_x, i) => content(i + 1).sha256(concurrentSize));

    // Warm up: one small upload so code paths are loaded before the baseline is taken.
    const warm = await api.createDraft();
    const small = new FormData();
    small.set('type', 'cv');
    small.set('file', new Blob([Buffer.from('%PDF-1.4\nwarm-up\n%%EOF')]), 'warm.pdf');
    await fetch(`${api.url}/v1/applications/${warm}/documents`, {
      method: 'POST',
      headers: api.auth,
      body: small,
    });
    await scanned(api, warm);
    const applicationId = await api.createDraft();
    const drafts = await Promise.all(Array.from({ length: concurrent }, () => api.createDraft()));

    // This machine may be shared: the load says how much of its two cores the bench had.
    console.log(`load_average_before: ${load()} (1, 5, 15 min)`);

    // 1. One large upload through the API.
    const firstAuth = await signedIn(api);
    const rss = await sampleRss(api.pid);
    const t0 = performance.now();
    const result = await uploadThroughApi(api, firstAuth, applicationId, size);
    const apiSeconds = (performance.now() - t0) / 1000;
    if (result.status !== 201) throw new Error(`upload failed: ${result.status} ${result.body}`);
    const version = await scanned(api, applicationId);
    await rss.stop();
    const answered = (JSON.parse(result.body) as { versions: StoredVersion[] }).versions[0];

    // 2. The same file straight into the same bucket: a plain minio client, as any S3 user would.
    const endPoint = new URL(api.s3.endPoint);
    const minio = new Client({
      endPoint: endPoint.hostname,
      port: Number(endPoint.port),
      useSSL: endPoint.protocol === 'https:',
      accessKey: api.s3.accessKey,
      secretKey: api.s3.secretKey,
      pathStyle: true,
    });
    const t1 = performance.now();
    await minio.putObject(api.s3.bucket, 'bench/direct', content().stream(size), size, {
      'Content-Type': 'application/pdf',
    });
    const directSeconds = (performance.now() - t1) / 1000;
    const direct = await sha256Of(await minio.getObject(api.s3.bucket, 'bench/direct'));
    await minio.removeObject(api.s3.bucket, 'bench/direct');
    const readBack = await downloadedSha256(api, applicationId, version.id);

    // 3. Many people uploading at once. Each upload has its own content, so a mix-up shows.
    const auth = await signedIn(api);
    const concurrentRss = await sampleRss(api.pid);
    const t2 = performance.now();
    const results = await Promise.all(
      drafts.map((id, i) =>
        uploadThroughApi(api, auth, id, concurrentSize, i + 1).catch((e: Error) => ({
          status: 0,
          body: e.message,
        })),
      ),
    );
    const concurrentSeconds = (performance.now() - t2) / 1000;
    const concurrentVersions = await Promise.all(
      drafts.map((id, i) =>
        (results[i] as { status: number }).status === 201 ? scanned(api, id) : undefined,
      ),
    );
    const concurrentScannedSeconds = (performance.now() - t2) / 1000;
    await concurrentRss.stop();
    console.log(`load_average_after: ${load()} (1, 5, 15 min)`);

    // Outside the measurement: every stored file back through the API, hashed.
    let lost = 0;
    let mismatched = 0;
    for (const [i, r] of results.entries()) {
      const stored = concurrentVersions[i];
      const back = stored ? await downloadedSha256(api, drafts[i] as string, stored.id) : undefined;
      if (r.status !== 201 || !stored || !back || back.bytes !== concurrentSize) {
        lost++;
        continue;
      }
      const answeredSha = (JSON.parse(r.body) as { versions: StoredVersion[] }).versions[0]?.sha256;
      if (answeredSha !== expected[i] || back.sha256 !== expected[i]) mismatched++;
    }

    const apiMbps = sizeMb / apiSeconds;
    const directMbps = sizeMb / directSeconds;
    const ratio = apiMbps / directMbps;
    const growth = rss.peak - rss.baseline;
    const concurrentGrowth = concurrentRss.peak - concurrentRss.baseline;
    const uploadShaMatches =
      answered?.sha256 === sha &&
      readBack?.sha256 === sha &&
      readBack.bytes === size &&
      direct.sha256 === sha;
    const apiPartMb = Number(process.env.S3_PART_SIZE_MB ?? 5);

    console.log(`object_store: ${api.store}`);
    console.log(
      `rss_sampling: VmRSS every 50 ms${rss.hwmReset ? ' and VmHWM (reset at each baseline)' : ''}`,
    );
    console.log(`upload_size: ${sizeMb} MB`);
    console.log(`api_upload_seconds: ${apiSeconds.toFixed(2)} s`);
    console.log(`api_upload_throughput: ${apiMbps.toFixed(1)} MB/s`);
    console.log(`api_part_size: ${apiPartMb} MB`);
    console.log(`api_scan_status: ${version.scanStatus}`);
    console.log(`api_rss_baseline: ${rss.baseline.toFixed(1)} MB`);
    console.log(`api_rss_peak: ${rss.peak.toFixed(1)} MB`);
    console.log(`api_rss_growth: ${growth.toFixed(1)} MB`);
    console.log(`direct_put_seconds: ${directSeconds.toFixed(2)} s`);
    console.log(`direct_put_throughput: ${directMbps.toFixed(1)} MB/s`);
    console.log(`direct_part_size: ${minio.partSize / MiB} MB`);
    console.log(`api_vs_direct_ratio: ${ratio.toFixed(2)}`);
    console.log(`upload_sha256_match: ${uploadShaMatches ? 'yes' : 'no'}`);
    console.log(`concurrent_uploads: ${concurrent} x ${concurrentMb} MB`);
    console.log(`concurrent_seconds: ${concurrentSeconds.toFixed(2)} s`);
    console.log(
      `concurrent_throughput: ${((concurrent * concurrentMb) / concurrentSeconds).toFixed(1)} MB/s`,
    );
    console.log(`concurrent_scanned_seconds: ${concurrentScannedSeconds.toFixed(2)} s`);
    console.log(`concurrent_rss_baseline: ${concurrentRss.baseline.toFixed(1)} MB`);
    console.log(`concurrent_rss_peak: ${concurrentRss.peak.toFixed(1)} MB`);
    console.log(`concurrent_rss_peak_growth: ${concurrentGrowth.toFixed(1)} MB`);
    console.log(`concurrent_rss_samples: ${concurrentRss.samples} samples`);
    console.log(`concurrent_lost: ${lost} uploads`);
    console.log(`concurrent_sha256_mismatched: ${mismatched} uploads`);

    const verdicts: [string, boolean][] = [
      [`target_api_rss_growth_under_${targets.rssGrowthMb}_mb`, growth < targets.rssGrowthMb],
      [
        `target_api_vs_direct_ratio_at_least_${String(targets.ratio).replace('.', '_')}`,
        ratio >= targets.ratio,
      ],
      ['target_upload_sha256_matching', uploadShaMatches],
      [
        `target_concurrent_rss_peak_growth_at_most_${targets.concurrentGrowthMb}_mb`,
        concurrentGrowth <= targets.concurrentGrowthMb,
      ],
      ['target_concurrent_none_lost', lost === 0],
      ['target_concurrent_sha256_all_matching', mismatched === 0 && lost === 0],
    ];
    for (const [name, met] of verdicts) console.log(`${name}: ${met ? 'met' : 'missed'}`);
    if (verdicts.some(([, met]) => !met)) process.exitCode = 1;
  },
);
