/**
 * pnpm bench:upload: streams a 200 MB file through the API (a separate process, so its memory is
 * the API's alone) and, side by side, straight to the same object store with the minio client.
 * Prints `name: value unit` lines. Targets: API RSS growth < 64 MB; API/direct throughput >= 0.8.
 */
import { request } from 'node:http';
import { createObjectStore } from '@loket/storage';
import { type BenchApi, content, sampleRss, withBenchApi } from './support.ts';

const sizeMb = Number(process.env.BENCH_UPLOAD_MB ?? 200);
const size = sizeMb * 1024 * 1024;
const concurrent = Number(process.env.BENCH_CONCURRENT ?? 20);
const concurrentMb = Number(process.env.BENCH_CONCURRENT_MB ?? 50);

function uploadThroughApi(api: BenchApi, applicationId: string, size: number, seed = 0) {
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
          ...api.auth,
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

await withBenchApi(
  {
    name: 'loket-bench',
    // Scanning reads every upload back from the store: part of the real load.
    clamd: true,
    env: {
      UPLOAD_MAX_BYTES: String(Math.max(size, concurrentMb * 1024 * 1024) + 1024 * 1024),
      LOG_LEVEL: 'warn',
    },
  },
  async (api) => {
    const sha = content().sha256(size);

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

    const rss = await sampleRss(api.pid);
    const applicationId = await api.createDraft();
    const t0 = performance.now();
    const result = await uploadThroughApi(api, applicationId, size);
    const apiSeconds = (performance.now() - t0) / 1000;
    rss.stop();
    if (result.status !== 201) throw new Error(`upload failed: ${result.status} ${result.body}`);
    const stored = JSON.parse(result.body).versions[0] as { sha256: string; sizeBytes: number };

    const partSizeBytes = Number(process.env.S3_PART_SIZE_MB ?? 5) * 1024 * 1024; // the API's default, for a fair comparison
    const store = createObjectStore({ ...api.s3, partSizeBytes });
    const t1 = performance.now();
    const direct = await store.putStream('bench/direct', content().stream(size), {
      contentType: 'application/pdf',
    });
    const directSeconds = (performance.now() - t1) / 1000;

    // Phase 2: many people uploading at once. Each upload has its own content, so a mix-up shows.
    const concurrentSize = concurrentMb * 1024 * 1024;
    const drafts = await Promise.all(Array.from({ length: concurrent }, () => api.createDraft()));
    const expected = drafts.map((_d, i) => content(i + 1).sha256(concurrentSize));
    const concurrentRss = await sampleRss(api.pid);
    const t2 = performance.now();
    const results = await Promise.all(
      drafts.map((id, i) =>
        uploadThroughApi(api, id, concurrentSize, i + 1).catch((e: Error) => ({
          status: 0,
          body: e.message,
        })),
      ),
    );
    const concurrentSeconds = (performance.now() - t2) / 1000;
    concurrentRss.stop();
    let lost = 0;
    let mismatched = 0;
    results.forEach((r, i) => {
      if (r.status !== 201) {
        lost++;
        return;
      }
      if ((JSON.parse(r.body).versions[0] as { sha256: string }).sha256 !== expected[i]) mismatched++;
    });

    const { baseline, peak } = rss;
    const concurrentGrowth = concurrentRss.peak - concurrentRss.baseline;
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
    console.log(
      `concurrent_throughput: ${((concurrent * concurrentMb) / concurrentSeconds).toFixed(1)} MB/s`,
    );
    console.log(`concurrent_rss_growth: ${concurrentGrowth.toFixed(1)} MB (target <= 256 MB)`);
    console.log(`concurrent_lost: ${lost} (target 0)`);
    console.log(`concurrent_sha256_mismatched: ${mismatched} (target 0)`);
    if (
      stored.sha256 !== sha ||
      peak - baseline >= 64 ||
      lost > 0 ||
      mismatched > 0 ||
      concurrentGrowth > 256
    ) {
      process.exitCode = 1;
    }
  },
);
