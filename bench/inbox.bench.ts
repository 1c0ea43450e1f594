/**
 * pnpm bench:inbox: the caseworkers' inbox at 1,000,000 applications.
 *
 * Seeds BENCH_INBOX_COUNT (default 1,000,000) synthetic applications (packages/db seed/synthetic.ts)
 * into an embedded PostgreSQL under bench/.data/inbox/<key>/, where key hashes the generator, the
 * migrations, the count and the seed, so an unchanged set-up reuses the seeded cluster (seeding
 * takes minutes; delete the directory to force it). Then starts the API in its own process and
 * measures, at 1 and at 16 concurrent users (caseworkers of Flanders, Brussels and the federal
 * residence service, in turn):
 *   - default:  GET /v1/inbox (the team worklist, soonest legal deadline first)
 *   - filtered: GET /v1/inbox?worklist=overdue&category=...&province=...
 *   - search:   GET /v1/inbox?worklist=all&q=<worker or employer name fragment>
 *   - open:     GET /v1/applications/:id (the case view, with its access-log write)
 *   (and, for information only, GET /v1/worklists: the counts every inbox page shows)
 * and prints `name: value ms` lines (p50, p95, p99; the API's and the database's CPU per request)
 * and the target: p95 <= 150 ms at 16 users.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { createDb } from '@loket/db';
import { seededCluster } from './seeded-cluster.ts';
import { type BenchApi, withBenchApi } from './support.ts';

const root = resolve(import.meta.dirname, '..');
const count = Number(process.env.BENCH_INBOX_COUNT ?? 1_000_000);
const seed = Number(process.env.BENCH_INBOX_SEED ?? 1);
const targetMs = 150;
const requests = {
  1: Number(process.env.BENCH_INBOX_REQUESTS_1 ?? 150),
  16: Number(process.env.BENCH_INBOX_REQUESTS_16 ?? 800),
};

/** The cluster for this generator, schema, count and seed: seeded once, reused while unchanged. */
async function inboxCluster(): Promise<string> {
  // The plans measured here depend on every index the migrations build: they are part of the key.
  const migrations = join(root, 'packages/db/prisma/migrations');
  const keyParts: (string | Buffer)[] = [];
  for (const entry of (await readdir(migrations)).sort()) {
    if (existsSync(join(migrations, entry, 'migration.sql'))) {
      keyParts.push(entry, await readFile(join(migrations, entry, 'migration.sql')));
    }
  }
  return seededCluster({ name: 'inbox', synthetic: { count, seed }, keyParts });
}

interface User {
  name: string;
  auth: { authorization: string };
  /** Query for the filtered list. */
  filter: string;
  /** Applications this user may open. */
  cases: string[];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

async function measure(
  api: BenchApi,
  users: User[],
  concurrency: number,
  total: number,
  path: (user: User, i: number) => string,
): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  let failed = 0;
  const worker = async (w: number) => {
    for (;;) {
      const i = next++;
      if (i >= total) return;
      const user = users[(w + i) % users.length] as User;
      const t0 = performance.now();
      const res = await fetch(`${api.url}${path(user, i)}`, { headers: user.auth });
      await res.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (!res.ok) failed++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_v, w) => worker(w)));
  if (failed > 0) throw new Error(`${failed} of ${total} requests failed`);
  return latencies.sort((a, b) => a - b);
}

/**
 * CPU time used so far, in ms (user + system, from /proc): by the API process, and by the
 * PostgreSQL server of `pgDataDir`: the postmaster, its live backends, and the backends that have
 * ended (the postmaster reaps them, and their time adds to its children's).
 */
async function cpuMs(apiPid: number, pgDataDir: string): Promise<{ api: number; db: number }> {
  const stat = async (pid: number | string) => {
    const text = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    // After the command: state, ppid, ... utime, stime, cutime, cstime (proc(5) fields 3-17).
    const f = text
      .slice(text.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    const ticks = 10; // ms per clock tick (USER_HZ 100)
    return {
      ppid: f[1],
      own: ((f[11] ?? 0) + (f[12] ?? 0)) * ticks,
      reaped: ((f[13] ?? 0) + (f[14] ?? 0)) * ticks,
    };
  };
  const postmaster = Number((await readFile(join(pgDataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  const main = await stat(postmaster);
  let db = main.own + main.reaped;
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = await stat(entry);
    if (child.ppid === postmaster) db += child.own;
  }
  return { api: (await stat(apiPid)).own, db };
}

const dataDir = await inboxCluster();

await withBenchApi(
  { name: 'loket-bench-inbox', env: { LOG_LEVEL: 'warn' }, postgresDataDir: dataDir },
  async (api) => {
    const db = createDb(api.databaseUrl);
    const query = <T>(text: string, ...values: unknown[]) => db.$queryRawUnsafe<T[]>(text, ...values);
    try {
      const login = async (name: string, filter: string): Promise<User> => {
        const auth = await api.login(name);
        // The first request makes the caseworker a member of their team.
        await fetch(`${api.url}/v1/worklists`, { headers: auth });
        return { name, auth, filter, cases: [] };
      };
      const flemishFilter = 'worklist=overdue&category=shortage_occupation&province=antwerp';
      const users = [
        await login('wout', flemishFilter),
        await login('lotte', flemishFilter),
        await login('bruno', 'worklist=overdue&category=highly_qualified&province=brussels_capital'),
        await login('rita', 'worklist=overdue&category=highly_qualified&province=antwerp'),
        await login('omar', 'worklist=team&category=researcher&province=east_flanders'),
      ];

      // Give the demo caseworkers files of their own (the synthetic teams hold the rest).
      const members = await query<{ id: string; name: string; authority: string; region: string | null }>(
        `SELECT id, name, authority::text AS authority, region::text AS region FROM member WHERE id NOT LIKE 'synthetic-%'`,
      );
      for (const m of members) {
        const column = m.authority === 'work' ? 'work_assignee_id' : 'residence_assignee_id';
        const states =
          m.authority === 'work'
            ? `'submitted','work_review'`
            : `'residence_review','residence_supplement_requested'`;
        await db.$executeRawUnsafe(
          `UPDATE application SET ${column} = $1 WHERE id IN (
           SELECT id FROM application WHERE state IN (${states}) AND ($2::text IS NULL OR region::text = $2)
            AND ${column} IS DISTINCT FROM $1 ORDER BY id LIMIT 30)`,
          m.id,
          m.region,
        );
      }

      // Cases to open and name fragments to search, from the data itself.
      const sample = async (where: string) =>
        (
          await query<{ id: string }>(
            `SELECT id::text AS id FROM application WHERE ${where} ORDER BY md5(id::text) LIMIT 300`,
          )
        ).map((r) => r.id);
      const flemish = await sample(`region = 'flanders' AND submitted_at IS NOT NULL`);
      const brussels = await sample(`region = 'brussels' AND submitted_at IS NOT NULL`);
      const residence = await sample(`admissible_at IS NOT NULL`);
      for (const u of users) {
        u.cases =
          u.name === 'bruno' ? brussels : u.name === 'rita' || u.name === 'omar' ? residence : flemish;
      }
      const names = await query<{ family: string; employer: string }>(
        `SELECT a.worker_family_name AS family, o.name AS employer FROM application a
         JOIN organisation o ON o.id = a.employer_id ORDER BY md5(a.id::text) LIMIT 200`,
      );
      const fragments = names.flatMap((r, i) => {
        // A caseworker types part of a surname ("Ravik" of "Ravikar") or of an employer's first word.
        const word = i % 4 === 3 ? (r.employer.split(' ')[0] as string) : r.family;
        return [word.slice(0, Math.min(word.length, 4 + (i % 3))).toLowerCase()];
      });

      const scenarios: [string, (u: User, i: number) => string][] = [
        ['inbox_default', () => '/v1/inbox'],
        ['inbox_filtered', (u) => `/v1/inbox?${u.filter}`],
        [
          'inbox_search',
          (_u, i) =>
            `/v1/inbox?worklist=all&q=${encodeURIComponent(fragments[i % fragments.length] as string)}`,
        ],
        ['case_open', (u, i) => `/v1/applications/${u.cases[i % u.cases.length]}`],
        // Not one of the four the target is about, but every inbox page asks for it.
        ['worklist_counts', () => '/v1/worklists'],
      ];
      const targeted = new Set(['inbox_default', 'inbox_filtered', 'inbox_search', 'case_open']);

      // Warm up: every path once per user, so plans and code are ready.
      for (const [, path] of scenarios) await measure(api, users, 4, 40, path);

      // This machine may be shared: the load says how much of its two cores the bench had.
      const load = () =>
        loadavg()
          .map((x) => x.toFixed(2))
          .join(' ');
      console.log(`load_average_before: ${load()} (1, 5, 15 min)`);
      const results: {
        name: string;
        c: number;
        p50: number;
        p95: number;
        p99: number;
        apiCpu: number;
        dbCpu: number;
      }[] = [];
      for (const c of [1, 16] as const) {
        for (const [name, path] of scenarios) {
          const cpuBefore = await cpuMs(api.pid, dataDir);
          const latencies = await measure(api, users, c, requests[c], path);
          const cpuAfter = await cpuMs(api.pid, dataDir);
          results.push({
            name,
            c,
            p50: percentile(latencies, 50),
            p95: percentile(latencies, 95),
            p99: percentile(latencies, 99),
            apiCpu: (cpuAfter.api - cpuBefore.api) / requests[c],
            dbCpu: (cpuAfter.db - cpuBefore.db) / requests[c],
          });
        }
      }
      console.log(`load_average_after: ${load()} (1, 5, 15 min)`);
      const rows = await query<{ n: bigint }>('SELECT count(*) AS n FROM application');
      console.log(`applications: ${rows[0]?.n}`);
      for (const r of results) {
        for (const p of ['p50', 'p95', 'p99'] as const) {
          console.log(`${r.name}_${r.c}u_${p}: ${r[p].toFixed(1)} ms`);
        }
        // CPU per request, which a busy machine slows less than it slows latency.
        console.log(`${r.name}_${r.c}u_api_cpu: ${r.apiCpu.toFixed(2)} ms`);
        console.log(`${r.name}_${r.c}u_db_cpu: ${r.dbCpu.toFixed(2)} ms`);
      }
      const worst = Math.max(...results.filter((r) => r.c === 16 && targeted.has(r.name)).map((r) => r.p95));
      console.log(
        `target: p95 <= ${targetMs} ms at 16 users (worst p95 at 16 users: ${worst.toFixed(1)} ms)`,
      );
      if (worst > targetMs) process.exitCode = 1;
    } finally {
      await db.$disconnect();
    }
  },
);
