/**
 * pnpm bench:stats: the statistics at 1,000,000 applications.
 *
 * Seeds BENCH_STATS_COUNT (default 1,000,000) synthetic applications (packages/db seed/synthetic.ts,
 * without their history, which the statistics do not read) into an embedded PostgreSQL under
 * bench/.data/stats/<key>, reused while the generator, count and seed are unchanged (seeding takes
 * minutes; delete the directory to force it). Then starts the API in its own process and, as the
 * analyst, measures BENCH_STATS_RUNS (default 10) requests of each table for every year and region
 * (the default query, the largest answer) after one warm-up, and the full Annex 1 export (every year
 * and region, as XLSX and as CSV). Prints `name: value unit` lines: p50 and p95 per table, the
 * exports' median and slowest, and the targets (p95 <= 1 s per table, the XLSX export <= 5 s).
 */
import { loadavg } from 'node:os';
import { createDb } from '@loket/db';
import { seededCluster } from './seeded-cluster.ts';
import { withBenchApi } from './support.ts';

const count = Number(process.env.BENCH_STATS_COUNT ?? 1_000_000);
const seed = Number(process.env.BENCH_STATS_SEED ?? 1);
const runs = Number(process.env.BENCH_STATS_RUNS ?? 10);
const tableTargetMs = 1_000;
const exportTargetMs = 5_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

const dataDir = await seededCluster({ name: 'stats', synthetic: { count, seed, events: false } });

await withBenchApi(
  { name: 'loket-bench-stats', env: { LOG_LEVEL: 'warn' }, postgresDataDir: dataDir },
  async (api) => {
    const db = createDb(api.databaseUrl);
    try {
      const auth = await api.login('ada');
      const time = async (path: string) => {
        const t0 = performance.now();
        const res = await fetch(`${api.url}${path}`, { headers: auth });
        const body = Buffer.from(await res.arrayBuffer());
        const ms = performance.now() - t0;
        if (!res.ok) throw new Error(`${path}: ${res.status} ${body.toString().slice(0, 300)}`);
        return { ms, bytes: body.length };
      };
      const measure = async (path: string, n: number) => {
        await time(path); // warm-up: connections, plans, code paths
        const latencies: number[] = [];
        let bytes = 0;
        for (let i = 0; i < n; i++) {
          const r = await time(path);
          latencies.push(r.ms);
          bytes = r.bytes;
        }
        return { sorted: latencies.sort((a, b) => a - b), bytes };
      };

      const applications = await db.$queryRawUnsafe<{ n: bigint }[]>(
        'SELECT count(*) AS n FROM application WHERE submitted_at IS NOT NULL',
      );
      const tally = await db.$queryRawUnsafe<{ rows: bigint; files: bigint }[]>(
        `SELECT count(*) AS rows, sum(n) FILTER (WHERE measure = 'applications') AS files FROM statistics_tally`,
      );
      console.log(`applications: ${applications[0]?.n}`);
      console.log(`stats_summary_rows: ${tally[0]?.rows} rows`);
      if (tally[0]?.files !== applications[0]?.n) {
        throw new Error(
          `the summary counts ${tally[0]?.files} applications, the table has ${applications[0]?.n}`,
        );
      }
      console.log(`load_average_before: ${load()} (1, 5, 15 min)`);

      const results: { name: string; p50: number; p95: number; bytes: number }[] = [];
      for (const table of ['applications', 'refusal_grounds', 'grant_profiles', 'throughput']) {
        const r = await measure(`/v1/statistics/${table}`, runs);
        results.push({
          name: table,
          p50: percentile(r.sorted, 50),
          p95: percentile(r.sorted, 95),
          bytes: r.bytes,
        });
      }
      const exportRuns = Math.max(3, Math.ceil(runs / 2));
      const xlsx = await measure('/v1/statistics/applications/export?format=xlsx', exportRuns);
      const csv = await measure('/v1/statistics/applications/export?format=csv', exportRuns);
      console.log(`load_average_after: ${load()} (1, 5, 15 min)`);

      for (const r of results) {
        console.log(`stats_${r.name}_p50: ${r.p50.toFixed(1)} ms`);
        console.log(`stats_${r.name}_p95: ${r.p95.toFixed(1)} ms`);
        console.log(`stats_${r.name}_response: ${(r.bytes / 1024).toFixed(0)} KiB`);
      }
      for (const [name, r] of [
        ['xlsx', xlsx],
        ['csv', csv],
      ] as const) {
        console.log(`stats_export_annex1_${name}_median: ${percentile(r.sorted, 50).toFixed(1)} ms`);
        console.log(`stats_export_annex1_${name}_max: ${(r.sorted.at(-1) as number).toFixed(1)} ms`);
        console.log(`stats_export_annex1_${name}_size: ${(r.bytes / 1024).toFixed(0)} KiB`);
      }
      const worst = Math.max(...results.map((r) => r.p95));
      const slowestExport = xlsx.sorted.at(-1) as number;
      console.log(
        `target: p95 <= ${tableTargetMs} ms per table (worst: ${worst.toFixed(1)} ms), ` +
          `Annex 1 XLSX <= ${exportTargetMs} ms (slowest: ${slowestExport.toFixed(1)} ms)`,
      );
      if (worst > tableTargetMs || slowestExport > exportTargetMs) process.exitCode = 1;
    } finally {
      await db.$disconnect();
    }
  },
);
