import type {
  ApplicationDetail,
  StatisticsCatalog,
  StatisticsCell,
  StatisticsReport,
  StatisticsTable,
} from '@loket/contracts';
import { seedSynthetic, syntheticCountFor } from '@loket/db/seed';
import { type CellStatus, protectTable, protectTableFamily } from '@loket/domain';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoUser } from '../../testing/harness.ts';
import { useHarness } from '../../testing/use-harness.ts';

const { h, steps } = useHarness();

/**
 * Every number the API publishes is checked against counts made here from the raw rows
 * (SELECT * of applications and decisions, counted in plain JavaScript with its own calendar,
 * ages and percentiles), not from the summary the API reads. The data: synthetic files at about
 * 250 Flemish applications a year (so that small counts, and sparse regions, occur), loaded in
 * bulk, plus files decided through the API afterwards (the summary's triggers).
 */

interface RawApplication {
  id: string;
  reference: string;
  worker_family_name: string | null;
  submitted_at: Date | null;
  admissible_at: Date | null;
  region: string | null;
  province: string | null;
  category: string | null;
  worker_birth_date: Date | null;
  worker_sex: string | null;
  worker_nationality: string | null;
  worker_situation: string | null;
}
interface RawDecision {
  application_id: string;
  part: 'work' | 'residence';
  outcome: 'granted' | 'refused' | 'inadmissible';
  grounds: string[];
  decided_at: Date;
}

const brussels = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const dayIn = (d: Date) => brussels.format(d);
const yearIn = (d: Date) => Number(dayIn(d).slice(0, 4));
const daysFrom = (a: Date, b: Date) => Math.round((Date.parse(dayIn(b)) - Date.parse(dayIn(a))) / 86_400_000);
function band(birth: Date | null, on: Date): string {
  if (!birth) return 'unknown';
  const [by, bm, bd] = birth.toISOString().slice(0, 10).split('-').map(Number) as number[];
  const [y, m, d] = dayIn(on).split('-').map(Number) as number[];
  const age =
    (y as number) -
    (by as number) -
    ((m as number) * 100 + (d as number) < (bm as number) * 100 + (bd as number) ? 1 : 0);
  if (age < 0) return 'unknown';
  if (age < 25) return 'under_25';
  if (age < 30) return '25_29';
  if (age < 35) return '30_34';
  if (age < 40) return '35_39';
  if (age < 50) return '40_49';
  return '50_plus';
}
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = p * (sorted.length - 1);
  const lo = sorted[Math.floor(at)] as number;
  const hi = sorted[Math.ceil(at)] as number;
  return lo + (hi - lo) * (at - Math.floor(at));
}

const k = (...parts: (string | number | null)[]) => parts.join('|');
const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);

/** The counts of the parliamentary question, from the raw rows. */
async function independentCounts() {
  const apps = await h.db.$queryRawUnsafe<RawApplication[]>('SELECT * FROM application');
  const decisions = await h.db.$queryRawUnsafe<RawDecision[]>('SELECT * FROM decision');
  const decisionOf = new Map(decisions.map((d) => [`${d.application_id}:${d.part}`, d]));
  const applied = new Map<string, number>();
  const grants = new Map<string, number>();
  const grounds = new Map<string, number>();
  const days = new Map<string, number[]>();
  const span = (measure: string, end: Date, a: RawApplication, value: number) => {
    for (const key of [
      k(measure, yearIn(end), a.region, a.category),
      k(measure, yearIn(end), a.region, '*'),
    ]) {
      days.set(key, [...(days.get(key) ?? []), value]);
    }
    for (const key of [k(measure, yearIn(end), '*', a.category), k(measure, yearIn(end), '*', '*')]) {
      days.set(key, [...(days.get(key) ?? []), value]);
    }
  };
  for (const a of apps) {
    if (!a.submitted_at || !a.region || !a.province || !a.category) continue;
    bump(applied, k(yearIn(a.submitted_at), a.region, a.province, a.category));
    const work = decisionOf.get(`${a.id}:work`);
    const residence = decisionOf.get(`${a.id}:residence`);
    if (work?.outcome === 'granted') {
      const y = yearIn(work.decided_at);
      bump(grants, k(y, a.region, a.category, 'province', a.province));
      bump(grants, k(y, a.region, a.category, 'age_band', band(a.worker_birth_date, work.decided_at)));
      bump(grants, k(y, a.region, a.category, 'sex', a.worker_sex ?? 'unknown'));
      bump(grants, k(y, a.region, a.category, 'nationality', a.worker_nationality ?? 'unknown'));
      bump(grants, k(y, a.region, a.category, 'situation', a.worker_situation ?? 'unknown'));
    }
    for (const d of [work, residence]) {
      if (!d || d.outcome === 'granted') continue;
      const stage = d.outcome === 'inadmissible' ? 'inadmissible' : d.part;
      for (const g of d.grounds)
        bump(grounds, k(yearIn(d.decided_at), a.region, a.category, `${stage}:${g}`));
    }
    if (a.admissible_at) span('admissibility', a.admissible_at, a, daysFrom(a.submitted_at, a.admissible_at));
    if (work && work.outcome !== 'inadmissible')
      span('work', work.decided_at, a, daysFrom(a.submitted_at, work.decided_at));
    if (work?.outcome === 'granted' && residence) {
      span('between', residence.decided_at, a, daysFrom(work.decided_at, residence.decided_at));
    }
    if (residence) span('total', residence.decided_at, a, daysFrom(a.submitted_at, residence.decided_at));
  }
  return { apps, applied, grants, grounds, days };
}
type Counts = Awaited<ReturnType<typeof independentCounts>>;

async function get<T>(user: DemoUser, url: string) {
  const res = await h.app.inject({ method: 'GET', url, headers: await h.as(user) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
}

const statusOf = (cell: StatisticsCell): CellStatus => (typeof cell === 'number' ? 'shown' : cell.suppressed);
const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);

/**
 * One table against the expected counts: each shown cell equals its count, each count of 1 to 4
 * is withheld, the withheld pattern is @loket/domain's protection of the expected counts.
 */
function expectTable(t: StatisticsTable, expected: number[][], statuses: CellStatus[][]) {
  const label = `${t.id}`;
  t.rows.forEach((row, i) => {
    row.cells.forEach((cell, j) => {
      const want = expected[i]?.[j] as number;
      if (typeof cell === 'number') expect(cell, `${label} ${row.key} ${t.columns[j]?.key}`).toBe(want);
      expect(statusOf(cell), `${label} ${row.key} ${t.columns[j]?.key} (${want})`).toBe(statuses[i]?.[j]);
    });
  });
}

const withTotals = (grid: number[][], rowTotals = true) => {
  const rows = rowTotals ? grid.map((r) => [...r, sum(r)]) : grid.map((r) => [...r]);
  const width = rows[0]?.length ?? 0;
  return [...rows, Array.from({ length: width }, (_v, j) => sum(rows.map((r) => r[j] as number)))];
};
const transpose = <T>(grid: T[][]) => (grid[0] ?? []).map((_v, j) => grid.map((row) => row[j] as T));

function checkApplications(report: StatisticsReport, profiles: StatisticsReport, c: Counts) {
  for (const t of report.tables) {
    const region = t.region as string;
    const provinces = t.columns.filter((col) => col.kind === 'value').map((col) => col.key);
    const categories = t.rows.filter((r) => r.kind === 'value').map((r) => r.key);
    // In the protection's orientation: provinces down, categories across.
    const grid = provinces.map((p) =>
      categories.map((cat) =>
        t.measure === 'applications'
          ? (c.applied.get(k(t.year, region, p, cat)) ?? 0)
          : (c.grants.get(k(t.year, region, cat, 'province', p)) ?? 0),
      ),
    );
    let protectedGrid: CellStatus[][];
    if (t.measure === 'applications') {
      protectedGrid = protectTable(grid).status;
    } else {
      // The grants by province are protected with the four breakdowns that share their totals.
      const breakdowns = profiles.tables.filter((p) => p.year === t.year && p.region === t.region);
      expect(breakdowns.map((b) => b.measure)).toEqual([
        'grants_by_age_band',
        'grants_by_sex',
        'grants_by_nationality',
        'grants_by_applicant_kind',
      ]);
      const dims = ['age_band', 'sex', 'nationality', 'situation'];
      const family = protectTableFamily([
        grid,
        ...breakdowns.map((b, i) =>
          b.rows
            .filter((r) => r.kind === 'value')
            .map((r) =>
              categories.map((cat) => c.grants.get(k(t.year, region, cat, dims[i] as string, r.key)) ?? 0),
            ),
        ),
      ]);
      protectedGrid = (family[0] as { status: CellStatus[][] }).status;
      breakdowns.forEach((b, i) => {
        const rows = b.rows.filter((r) => r.kind === 'value').map((r) => r.key);
        const expected = withTotals(
          rows.map((v) =>
            categories.map((cat) => c.grants.get(k(t.year, region, cat, dims[i] as string, v)) ?? 0),
          ),
        );
        expectTable(b, expected, (family[i + 1] as { status: CellStatus[][] }).status);
        if (dims[i] === 'nationality') {
          // Every nationality granted that year and region has its row, and no other.
          const present = new Set(
            [...c.grants.entries()]
              .filter(
                ([key, n]) =>
                  n > 0 && key.startsWith(`${t.year}|${region}|`) && key.includes('|nationality|'),
              )
              .map(([key]) => key.split('|').at(-1)),
          );
          expect(new Set(rows)).toEqual(present);
        }
      });
    }
    expectTable(t, transpose(withTotals(grid)), transpose(protectedGrid));
  }
}

let counts: Counts;
let catalog: StatisticsCatalog;
const now = new Date();

beforeAll(async () => {
  const count = syntheticCountFor({ flandersPerYear: 250, now });
  await seedSynthetic(h.databaseUrl, { count, seed: 7, now, events: false });
  counts = await independentCounts();
  catalog = await get<StatisticsCatalog>('ada', '/v1/statistics');
}, 120_000);

describe('who reads the statistics', () => {
  it('answers analysts and team leads; refuses applicants and caseworkers; needs a sign-in', async () => {
    for (const user of ['ada', 'tom', 'nadia'] as const) {
      const res = await h.app.inject({ method: 'GET', url: '/v1/statistics', headers: await h.as(user) });
      expect(res.statusCode, user).toBe(200);
    }
    for (const user of ['anna', 'sofie', 'wout', 'rita'] as const) {
      for (const url of [
        '/v1/statistics',
        '/v1/statistics/applications',
        '/v1/statistics/throughput/export?format=csv',
      ]) {
        const res = await h.app.inject({ method: 'GET', url, headers: await h.as(user) });
        expect(res.statusCode, `${user} ${url}`).toBe(403);
        expect(res.headers['content-type']).toContain('application/problem+json');
      }
    }
    expect((await h.app.inject({ method: 'GET', url: '/v1/statistics' })).statusCode).toBe(401);
  });

  it('gives the analyst no file at all: no list, no application, no document, no inbox', async () => {
    const file = counts.apps.find((a) => a.submitted_at && a.region === 'flanders') as RawApplication;
    const ada = await h.as('ada');
    const list = await h.app.inject({ method: 'GET', url: '/v1/applications', headers: ada });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([]);
    for (const url of [
      `/v1/applications/${file.id}`,
      `/v1/applications/${file.id}/history`,
      `/v1/applications/${file.id}/documents`,
    ]) {
      expect((await h.app.inject({ method: 'GET', url, headers: ada })).statusCode, url).toBe(404);
    }
    for (const url of ['/v1/inbox', '/v1/worklists', '/v1/team']) {
      expect((await h.app.inject({ method: 'GET', url, headers: ada })).statusCode, url).toBe(403);
    }
    const decide = await h.app.inject({
      method: 'POST',
      url: `/v1/applications/${file.id}/admissibility`,
      headers: ada,
      payload: { admissible: true },
    });
    expect(decide.statusCode).toBe(404);
  });

  it('lets a team lead see their own service’s files only, through the caseworker role', async () => {
    const flemish = counts.apps.find((a) => a.submitted_at && a.region === 'flanders') as RawApplication;
    const brussels = counts.apps.find((a) => a.submitted_at && a.region === 'brussels') as RawApplication;
    const tom = await h.as('tom');
    expect(
      (await h.app.inject({ method: 'GET', url: `/v1/applications/${flemish.id}`, headers: tom })).statusCode,
    ).toBe(200);
    expect(
      (await h.app.inject({ method: 'GET', url: `/v1/applications/${brussels.id}`, headers: tom }))
        .statusCode,
    ).toBe(404);
  });

  it('never names a person or a file, and has no way to ask for one', async () => {
    const reports = await Promise.all(
      catalog.tables.map((t) => get<StatisticsReport>('ada', `/v1/statistics/${t.key}`)),
    );
    const text = JSON.stringify(reports);
    const sample = counts.apps.filter((a) => a.worker_family_name).slice(0, 300);
    for (const a of sample) {
      expect(text).not.toContain(a.reference);
      expect(text).not.toContain(a.id);
      expect(text).not.toContain(`"${a.worker_family_name}"`);
    }
    // Unknown filters are refused, not ignored.
    for (const query of [
      'applicationId=1',
      'reference=LKT',
      'nationality=IN',
      'year=2018',
      'region=holland',
    ]) {
      const res = await h.app.inject({
        method: 'GET',
        url: `/v1/statistics/applications?${query}`,
        headers: await h.as('ada'),
      });
      expect(res.statusCode, query).toBe(400);
    }
  });
});

describe('the tables', () => {
  it('lists the tables, the years from 2019 to the current one and the formats', () => {
    const current = yearIn(new Date());
    expect(catalog.tables.map((t) => t.key)).toEqual([
      'applications',
      'refusal_grounds',
      'grant_profiles',
      'throughput',
    ]);
    expect(catalog.years[0]).toBe(2019);
    expect(catalog.years.at(-1)).toBe(current);
    expect(catalog.currentYear).toBe(current);
    expect(catalog.formats).toEqual(['csv', 'xlsx']);
    expect(catalog.definitions.map((d) => d.term)).toContain('Grant');
  });

  it('count applications and grants per category and province (Annex 1) and by profile (Annex 2) as the raw rows do', async () => {
    const [applications, profiles] = await Promise.all([
      get<StatisticsReport>('ada', '/v1/statistics/applications'),
      get<StatisticsReport>('ada', '/v1/statistics/grant_profiles'),
    ]);
    expect(applications.tables).toHaveLength(catalog.years.length * 4 * 2);
    expect(profiles.tables).toHaveLength(catalog.years.length * 4 * 4);
    checkApplications(applications, profiles, counts);
    // The data has small counts, withheld, and tables too sparse to publish at all.
    const cells = [...applications.tables, ...profiles.tables].flatMap((t) => t.rows.flatMap((r) => r.cells));
    expect(cells.filter((c) => statusOf(c) === 'small').length).toBeGreaterThan(50);
    expect(cells.filter((c) => statusOf(c) === 'complement').length).toBeGreaterThan(20);
    expect(cells.filter((c) => typeof c === 'number' && c >= 5).length).toBeGreaterThan(500);
    // Flanders' grand total of one full year is the files filed that year.
    const year = catalog.years.at(-2) as number;
    const flanders = applications.tables.find(
      (t) => t.id === `applications/flanders/${year}`,
    ) as StatisticsTable;
    const filed = [...counts.applied.entries()]
      .filter(([key]) => key.startsWith(`${year}|flanders|`))
      .reduce((s, [, n]) => s + n, 0);
    expect(flanders.rows.at(-1)?.cells.at(-1)).toBe(filed);
    expect(flanders.partialYear).toBe(false);
    const running = applications.tables.find((t) => t.year === catalog.currentYear) as StatisticsTable;
    expect(running.partialYear).toBe(true);
    expect(running.footnotes[0]).toMatch(/not complete/);
  });

  it('count the refusal grounds per category as the raw rows do', async () => {
    const report = await get<StatisticsReport>('ada', '/v1/statistics/refusal_grounds');
    expect(report.tables).toHaveLength(catalog.years.length * 4);
    let refusals = 0;
    for (const t of report.tables) {
      const categories = t.rows.filter((r) => r.kind === 'value').map((r) => r.key);
      const grid = categories.map((cat) =>
        t.columns.map((col) => counts.grounds.get(k(t.year, t.region, cat, col.key)) ?? 0),
      );
      refusals += sum(grid.flat());
      expectTable(t, withTotals(grid, false), protectTable(grid, { rowTotals: false }).status);
      expect(t.columns.map((c) => c.group)).toContain('Work part refused');
    }
    // Every ground of every refusal is in some column.
    expect(refusals).toBe(sum([...counts.grounds.values()]));
  });

  it('give the median and 90th percentile of each part and between the parts as the raw rows do', async () => {
    const report = await get<StatisticsReport>('ada', '/v1/statistics/throughput');
    // Each region, and Belgium as a whole.
    expect(report.tables).toHaveLength(catalog.years.length * 5);
    let figures = 0;
    for (const t of report.tables) {
      for (const row of t.rows) {
        row.cells.forEach((cell, j) => {
          const [measure, stat] = String(t.columns[j]?.key).split(':');
          const values =
            counts.days.get(
              k(measure as string, t.year, t.region ?? '*', row.kind === 'total' ? '*' : row.key),
            ) ?? [];
          if (values.length < 5) {
            expect(cell, `${t.id} ${row.key} ${measure}`).toEqual({ suppressed: 'small' });
            return;
          }
          const want = Math.round(percentile(values, stat === 'median' ? 0.5 : 0.9) * 10) / 10;
          expect(cell, `${t.id} ${row.key} ${measure} ${stat}`).toBe(want);
          figures++;
        });
      }
    }
    expect(figures).toBeGreaterThan(200);
  });

  it('filter by year, region and category without changing a number or what is withheld', async () => {
    const all = await get<StatisticsReport>('ada', '/v1/statistics/grant_profiles');
    const year = catalog.years.at(-3) as number;
    const some = await get<StatisticsReport>(
      'tom',
      `/v1/statistics/grant_profiles?year=${year}&region=flanders&region=brussels&category=au_pair&category=researcher`,
    );
    expect(some.query).toEqual({
      year: [year],
      region: ['flanders', 'brussels'],
      category: ['researcher', 'au_pair'],
    });
    expect(some.tables.map((t) => t.id)).toEqual(
      all.tables
        .filter((t) => t.year === year && t.region !== 'wallonia' && t.region !== 'german_speaking')
        .map((t) => t.id),
    );
    for (const t of some.tables) {
      const full = all.tables.find((f) => f.id === t.id) as StatisticsTable;
      expect(t.columns.map((c) => c.key)).toEqual(['researcher', 'au_pair', 'total']);
      for (const row of t.rows) {
        const fullRow = full.rows.find((r) => r.key === row.key);
        const pick = (key: string) => fullRow?.cells[full.columns.findIndex((c) => c.key === key)];
        expect(row.cells).toEqual([pick('researcher'), pick('au_pair'), pick('total')]);
      }
    }
    const future = await h.app.inject({
      method: 'GET',
      url: `/v1/statistics/applications?year=${catalog.currentYear + 1}`,
      headers: await h.as('ada'),
    });
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ code: 'validation_failed' });
  });

  it('follow the files decided through the API (the summary is kept by the database)', async () => {
    const before = await get<StatisticsReport>(
      'ada',
      `/v1/statistics/applications?year=${catalog.currentYear}&region=flanders`,
    );
    const granted = await steps.workGranted('anna');
    const refused = await steps.admissible('anna');
    await steps.call<ApplicationDetail>('wout', 'POST', `/v1/applications/${refused.id}/work-decision`, {
      outcome: 'refused',
      grounds: ['salary_below_threshold', 'diploma_level_not_met'],
      motivation: 'The salary and the diploma do not meet the conditions.',
    });
    const inadmissible = await steps.submitted('anna', '9000');
    await steps.call<ApplicationDetail>('wout', 'POST', `/v1/applications/${inadmissible.id}/admissibility`, {
      admissible: false,
      grounds: ['fee_unpaid'],
      motivation: 'The fee was not paid.',
    });
    await steps.call('rita', 'POST', `/v1/applications/${granted.id}/residence-decision`, {
      outcome: 'granted',
      motivation: 'Conditions met.',
    });
    counts = await independentCounts();
    const [applications, profiles, grounds, throughput] = await Promise.all(
      ['applications', 'grant_profiles', 'refusal_grounds', 'throughput'].map((t) =>
        get<StatisticsReport>('ada', `/v1/statistics/${t}?year=${catalog.currentYear}&region=flanders`),
      ),
    );
    checkApplications(applications as StatisticsReport, profiles as StatisticsReport, counts);
    const total = (r: StatisticsReport, measure: string) =>
      r.tables
        .find((t) => t.measure === measure)
        ?.rows.at(-1)
        ?.cells.at(-1);
    const filedBefore = total(before, 'applications');
    const filedAfter = total(applications as StatisticsReport, 'applications');
    if (typeof filedBefore === 'number' && typeof filedAfter === 'number')
      expect(filedAfter).toBe(filedBefore + 3);
    const t = (grounds as StatisticsReport).tables[0] as StatisticsTable;
    const categories = t.rows.filter((r) => r.kind === 'value').map((r) => r.key);
    const grid = categories.map((cat) =>
      t.columns.map((col) => counts.grounds.get(k(t.year, 'flanders', cat, col.key)) ?? 0),
    );
    expectTable(t, withTotals(grid, false), protectTable(grid, { rowTotals: false }).status);
    expect((throughput as StatisticsReport).tables).toHaveLength(1);
  }, 120_000);
});

describe('the exports', () => {
  it('give CSV with the definitions and the same cells', async () => {
    const year = catalog.years.at(-2) as number;
    const res = await h.app.inject({
      method: 'GET',
      url: `/v1/statistics/refusal_grounds/export?format=csv&year=${year}&region=flanders`,
      headers: await h.as('nadia'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      new RegExp(
        `attachment; filename="loket-statistics-refusal-grounds-${year}-\\d{4}-\\d{2}-\\d{2}\\.csv"`,
      ),
    );
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = res.body;
    expect(text).toContain(`Refusal grounds, Flanders, ${year}`);
    expect(text).toContain('Definitions');
    expect(text).toContain('Grant,');
    const report = await get<StatisticsReport>(
      'ada',
      `/v1/statistics/refusal_grounds?year=${year}&region=flanders`,
    );
    const row = report.tables[0]?.rows.find((r) => r.key === 'shortage_occupation');
    const line = text.split('\r\n').find((l) => l.startsWith('Shortage occupation,'));
    expect(line).toBe(
      [
        'Shortage occupation',
        ...(row?.cells ?? []).map((c) => (typeof c === 'number' ? c : c.suppressed === 'small' ? '<5' : 'x')),
      ].join(','),
    );
  });

  it('give an XLSX workbook with a sheet per table, its cells and the definitions as footnote', async () => {
    const res = await h.app.inject({
      method: 'GET',
      url: '/v1/statistics/applications/export?format=xlsx',
      headers: await h.as('ada'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const files = unzipSync(new Uint8Array(res.rawPayload));
    const read = (name: string) => new TextDecoder().decode(files[name]);
    const workbook = read('xl/workbook.xml');
    const sheets = [...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
    expect(sheets).toHaveLength(catalog.years.length * 4 * 2);
    expect(sheets[0]).toBe('2019 FL applications');
    expect(new Set(sheets).size).toBe(sheets.length);
    const report = await get<StatisticsReport>('ada', '/v1/statistics/applications');
    const first = report.tables[0] as StatisticsTable;
    const sheet = read('xl/worksheets/sheet1.xml');
    expect(sheet).toContain(`<t xml:space="preserve">${first.title}</t>`);
    // The grand total, the last cell of the table's last row, is in the sheet.
    const grand = first.rows.at(-1)?.cells.at(-1);
    expect(sheet).toContain(typeof grand === 'number' ? `<v>${grand}</v>` : '<t xml:space="preserve">');
    expect(sheet).toContain('Grant: A work part granted');
    expect(sheet).toContain('&lt;5 and x');
    for (const name of [
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
    ]) {
      expect(files[name], name).toBeDefined();
    }
  });

  it('refuses an unknown format', async () => {
    const res = await h.app.inject({
      method: 'GET',
      url: '/v1/statistics/applications/export?format=pdf',
      headers: await h.as('ada'),
    });
    expect(res.statusCode).toBe(400);
  });
});
