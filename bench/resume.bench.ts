/**
 * pnpm bench:resume: a 500 MB resumable (tus) upload through the API (its own process, so its
 * memory is the API's alone), cut off at half, then resumed from the offset the server reports.
 * Prints `name: value unit` lines: bytes sent again after the cut (target 0), throughput, the
 * completion step (assembling the parts and reading the object back once for its SHA-256) and
 * the API's memory. BENCH_RESUME_MB changes the size.
 */
import { request } from 'node:http';
import { content, sampleRss, sleep, withBenchApi } from './support.ts';

const sizeMb = Number(process.env.BENCH_RESUME_MB ?? 500);
const size = sizeMb * 1024 * 1024;
const cutAt = Math.floor(size / 2) + 12_345; // not on a part boundary: a tail must be kept too
const TUS = { 'tus-resumable': '1.0.0' };
const file = content();

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
        const ok = req.write(file.bytes(from + sent, from + sent + n));
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

await withBenchApi(
  {
    name: 'loket-bench-resume',
    env: { UPLOAD_RESUMABLE_MAX_BYTES: String(size + 1024 * 1024), LOG_LEVEL: 'fatal' },
  },
  async (api) => {
    const { auth, token } = api;
    const draftId = await api.createDraft();
    const sha = file.sha256(size);
    const metadata = `documentType ${Buffer.from('passport').toString('base64')},filename ${Buffer.from('big.pdf').toString('base64')}`;
    const created = await fetch(`${api.url}/v1/applications/${draftId}/uploads`, {
      method: 'POST',
      headers: { ...auth, ...TUS, 'upload-length': String(size), 'upload-metadata': metadata },
    });
    if (created.status !== 201) throw new Error(`create: ${created.status} ${await created.text()}`);
    const uploadUrl = `${api.url}${created.headers.get('location')}`;

    const rss = await sampleRss(api.pid);

    // First attempt: the connection drops after half the file.
    const t0 = performance.now();
    const first = await patch(uploadUrl, token, 0, size, cutAt);
    const firstSeconds = (first.lastByteAt - t0) / 1000;

    // The client asks where to continue, and sends only what the server does not have.
    let offset = -1;
    for (let i = 0; i < 50 && offset < 0; i++) {
      const head = await fetch(uploadUrl, { method: 'HEAD', headers: { ...auth, ...TUS } });
      if (head.status === 200) offset = Number(head.headers.get('upload-offset'));
      else await sleep(100);
    }
    const t1 = performance.now();
    const second = await patch(uploadUrl, token, offset, size);
    const t2 = performance.now();
    await rss.stop();
    if (second.status !== 204) throw new Error(`resume: ${second.status}`);
    const session = (await (await fetch(uploadUrl, { headers: auth })).json()) as {
      state: string;
      document?: { versions: { sha256: string; sizeBytes: number }[] };
    };
    const stored = session.document?.versions[0];

    const { baseline, peak } = rss;
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
    console.log(
      `throughput_after_resume: ${(second.sent / 1024 / 1024 / resumeSendSeconds).toFixed(1)} MB/s`,
    );
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
  },
);
