import type { Actor } from '@loket/auth';
import type {
  StatisticsCatalog,
  StatisticsCell,
  StatisticsColumn,
  StatisticsMeasure,
  StatisticsQuery,
  StatisticsReport,
  StatisticsRow,
  StatisticsTable,
  StatisticsTableKey,
} from '@loket/contracts';
import { statisticsExportFormats, statisticsTableKeys } from '@loket/contracts';
import type { Db } from '@loket/db';
import {
  ageBands,
  belgianDate,
  belgianYear,
  type Category,
  type CellStatus,
  categories,
  groundsFor,
  type ProtectedTable,
  type Province,
  protectTable,
  protectTableFamily,
  type Region,
  regions,
  sexes,
  smallCountThreshold,
  statisticsDefinitions,
  statisticsFirstYear,
  statisticsRoles,
  throughputMeasures,
  workerSituations,
} from '@loket/domain';
import { AppError } from '../../errors.ts';
import {
  categoryNames,
  countryName,
  groundNames,
  measureNames,
  provinceNames,
  regionNames,
  sexNames,
  situationNames,
  tableTitles,
} from './statistics.labels.ts';

export interface StatisticsServiceDeps {
  db: Db;
  now?: () => Date;
}

/** The provinces of each region's places of employment, in the order the tables list them. */
const provincesOf: Record<Region, Province[]> = {
  flanders: ['antwerp', 'limburg', 'east_flanders', 'flemish_brabant', 'west_flanders'],
  brussels: ['brussels_capital'],
  wallonia: ['walloon_brabant', 'hainaut', 'liege', 'luxembourg', 'namur'],
  german_speaking: ['liege'],
};

const stages = [
  { key: 'inadmissible', label: 'Inadmissible', grounds: groundsFor('admissibility') },
  { key: 'work', label: 'Work part refused', grounds: groundsFor('work') },
  { key: 'residence', label: 'Residence part refused', grounds: groundsFor('residence') },
] as const;

interface Normalized {
  year: number[];
  region: Region[];
  category: Category[];
}

/** Counts keyed by year|region|..., read from the grouped rows. */
type Counts = Map<string, number>;
const key = (...parts: (string | number)[]) => parts.join('|');

/**
 * The statistics of the parliamentary question (docs/statistics.md), aggregated in PostgreSQL and
 * protected in @loket/domain. Analysts and team leads only; nothing here reads a person.
 */
export function createStatisticsService({ db, now = () => new Date() }: StatisticsServiceDeps) {
  function authorize(actor: Actor) {
    if (!actor.roles.some((r) => statisticsRoles.includes(r))) {
      throw new AppError('forbidden', 'The statistics are for analysts and team leads.');
    }
  }

  function normalize(query: StatisticsQuery, at: Date): Normalized {
    const current = belgianYear(at);
    const years = query.year?.length
      ? [...new Set(query.year)].sort()
      : Array.from({ length: current - statisticsFirstYear + 1 }, (_v, i) => statisticsFirstYear + i);
    const future = years.filter((y) => y > current);
    if (future.length > 0) {
      throw new AppError('validation_failed', `There are no statistics for ${future.join(', ')} yet.`, [
        { pointer: '/year', message: `at most ${current}` },
      ]);
    }
    const pick = <T extends string>(all: readonly T[], chosen: readonly T[] | undefined) =>
      chosen?.length ? all.filter((v) => chosen.includes(v)) : [...all];
    return { year: years, region: pick(regions, query.region), category: pick(categories, query.category) };
  }

  function table(
    measure: StatisticsMeasure,
    year: number,
    region: Region | null,
    at: Date,
    shape: Pick<StatisticsTable, 'unit' | 'rowHeading' | 'columns' | 'rows'> & { footnotes?: string[] },
  ): StatisticsTable {
    const partialYear = year === belgianYear(at);
    const footnotes = [...(shape.footnotes ?? [])];
    if (partialYear) {
      footnotes.unshift(`${year} up to ${belgianDate(at)}: the year is not complete.`);
    }
    return {
      id: `${measure}/${region ?? 'belgium'}/${year}`,
      measure,
      title: `${measureNames[measure].title}, ${region ? regionNames[region] : 'Belgium'}, ${year}`,
      year,
      partialYear,
      region,
      unit: shape.unit,
      rowHeading: shape.rowHeading,
      columns: shape.columns,
      rows: shape.rows,
      footnotes,
    };
  }

  // -------------------------------------------------------------------------------------------
  // Annex 1: applications and grants per category and province; Annex 2: grants by profile
  // -------------------------------------------------------------------------------------------

  interface TallyRow {
    measure: string;
    year: number;
    region: Region;
    category: Category;
    dim: string;
    value: string;
    n: number;
  }

  /**
   * The maintained summary (statistics_tally, ADR 0010) for the measures, years and regions asked,
   * whatever the number of files. It crosses as one row per measure, year, region, category and
   * dimension with the values and counts as arrays, grouped on the stored columns (cheap to sort)
   * and cast afterwards: a few thousand rows rather than one per key.
   */
  async function tally(measures: string[], q: Normalized): Promise<TallyRow[]> {
    const groups = await db.$queryRawUnsafe<
      (Omit<TallyRow, 'value' | 'n'> & { vs: string[]; ns: number[] })[]
    >(
      `SELECT measure, year::int AS year, region::text AS region, category::text AS category, dim, vs, ns
         FROM (SELECT measure, year, region, category, dim, array_agg(value) AS vs, array_agg(n) AS ns
                 FROM statistics_tally
                WHERE measure = ANY($1::text[]) AND year = ANY($2::smallint[]) AND region = ANY($3::"Region"[])
                  AND n <> 0
                GROUP BY measure, year, region, category, dim) AS g`,
      measures,
      q.year,
      q.region,
    );
    const rows: TallyRow[] = [];
    for (const g of groups) {
      for (let i = 0; i < g.vs.length; i++) {
        rows.push({
          measure: g.measure,
          year: g.year,
          region: g.region,
          category: g.category,
          dim: g.dim,
          value: g.vs[i] as string,
          n: g.ns[i] as number,
        });
      }
    }
    return rows;
  }

  /** Files filed per year, region, province and category. */
  async function applicationCounts(q: Normalized): Promise<Counts> {
    const rows = await tally(['applications'], q);
    return new Map(rows.map((r) => [key(r.year, r.region, r.value, r.category), r.n]));
  }

  /** Work parts granted, per year, region and category, by each breakdown. */
  async function grantCounts(q: Normalized) {
    const rows = await tally(['grants'], q);
    const by = {
      province: new Map<string, number>(),
      age_band: new Map<string, number>(),
      sex: new Map<string, number>(),
      nationality: new Map<string, number>(),
      situation: new Map<string, number>(),
    };
    /** The values of each breakdown that occur, per year and region ("dim|year|region"). */
    const present = new Map<string, Set<string>>();
    for (const r of rows) {
      const map = by[r.dim as keyof typeof by];
      if (!map) continue;
      map.set(key(r.year, r.region, r.category, r.value), r.n);
      const where = key(r.dim, r.year, r.region);
      present.set(where, (present.get(where) ?? new Set()).add(r.value));
    }
    return { ...by, present };
  }

  const cellOf = (value: number, status: CellStatus): StatisticsCell =>
    status === 'shown' ? value : { suppressed: status };

  const withheldWhole = (t: ProtectedTable) => t.status.every((row) => row.every((s) => s === 'complement'));
  const wholeNote =
    'Too few files to publish this table without risk of identifying someone: every cell is withheld.';

  function categoryColumns(): StatisticsColumn[] {
    return [
      ...categories.map((c) => ({ key: c, label: categoryNames[c], kind: 'value' as const, group: null })),
      { key: 'total', label: 'All categories', kind: 'total' as const, group: null },
    ];
  }

  /** A grid of rows (breakdown values) by categories; the protected table read back as rows. */
  function rowsByCategory(
    t: ProtectedTable,
    lines: { key: string; label: string }[],
    totalLabel: string,
  ): StatisticsRow[] {
    return [
      ...lines.map((line, i) => ({
        key: line.key,
        label: line.label,
        kind: 'value' as const,
        cells: (t.values[i] as number[]).map((v, j) =>
          cellOf(v, (t.status[i] as CellStatus[])[j] as CellStatus),
        ),
      })),
      {
        key: 'total',
        label: totalLabel,
        kind: 'total' as const,
        cells: (t.values[lines.length] as number[]).map((v, j) =>
          cellOf(v, (t.status[lines.length] as CellStatus[])[j] as CellStatus),
        ),
      },
    ];
  }

  /** Annex 1's layout: categories down, provinces across (the protected grid transposed). */
  function annexOne(t: ProtectedTable, region: Region) {
    const provinces = provincesOf[region];
    const columns: StatisticsColumn[] = [
      ...provinces.map((p) => ({ key: p, label: provinceNames[p], kind: 'value' as const, group: null })),
      { key: 'total', label: regionNames[region], kind: 'total' as const, group: null },
    ];
    const lines = [
      ...categories.map((c) => ({ key: c, label: categoryNames[c], kind: 'value' as const })),
      { key: 'total', label: 'All categories', kind: 'total' as const },
    ];
    const rows: StatisticsRow[] = lines.map((line, j) => ({
      ...line,
      cells: t.values.map((row, i) =>
        cellOf(row[j] as number, (t.status[i] as CellStatus[])[j] as CellStatus),
      ),
    }));
    return { columns, rows };
  }

  const regionNotes: Partial<Record<Region, string>> = {
    brussels: 'The Brussels-Capital Region has no province.',
    german_speaking: 'The German-speaking Community lies in the province of Liège (its part of it only).',
  };

  async function applicationsTables(q: Normalized, at: Date): Promise<StatisticsTable[]> {
    const [applications, grants] = await Promise.all([applicationCounts(q), grantCounts(q)]);
    const out: StatisticsTable[] = [];
    for (const year of q.year) {
      for (const region of q.region) {
        const provinces = provincesOf[region];
        const grid = (counts: Counts) =>
          provinces.map((p) => categories.map((c) => counts.get(key(year, region, p, c)) ?? 0));
        const grantsGrid = provinces.map((p) =>
          categories.map((c) => grants.province.get(key(year, region, c, p)) ?? 0),
        );
        const applied = protectTable(grid(applications));
        const granted = grantFamily(grants, year, region, grantsGrid).tables[0] as ProtectedTable;
        for (const [measure, t] of [
          ['applications', applied],
          ['grants', granted],
        ] as const) {
          const notes = [regionNotes[region], withheldWhole(t) ? wholeNote : undefined].filter(
            (n): n is string => n !== undefined,
          );
          out.push(
            table(measure, year, region, at, {
              unit: measure === 'applications' ? 'files' : 'decisions',
              rowHeading: 'Category',
              ...annexOne(t, region),
              footnotes: notes,
            }),
          );
        }
      }
    }
    return out;
  }

  const breakdowns = [
    {
      dim: 'age_band',
      measure: 'grants_by_age_band',
      heading: 'Age band',
      lines: (present: Set<string>) => [
        ...ageBands.map((b) => ({ key: b.key, label: b.label })),
        ...(present.has('unknown') ? [{ key: 'unknown', label: 'Unknown' }] : []),
      ],
    },
    {
      dim: 'sex',
      measure: 'grants_by_sex',
      heading: 'Sex',
      lines: (present: Set<string>) => [
        ...sexes.map((s) => ({ key: s, label: sexNames[s] })),
        ...(present.has('unknown') ? [{ key: 'unknown', label: 'Unknown' }] : []),
      ],
    },
    {
      dim: 'nationality',
      measure: 'grants_by_nationality',
      heading: 'Nationality',
      lines: (present: Set<string>) =>
        [...present]
          .map((c) => ({ key: c, label: c === 'unknown' ? 'Unknown' : countryName(c) }))
          .sort((a, b) =>
            a.key === 'unknown' ? 1 : b.key === 'unknown' ? -1 : a.label.localeCompare(b.label, 'en'),
          ),
    },
    {
      dim: 'situation',
      measure: 'grants_by_applicant_kind',
      heading: 'Applicant kind',
      lines: (present: Set<string>) => [
        ...workerSituations.map((s) => ({ key: s, label: situationNames[s] })),
        ...(present.has('unknown') ? [{ key: 'unknown', label: 'Unknown' }] : []),
      ],
    },
  ] as const;

  type Grants = Awaited<ReturnType<typeof grantCounts>>;

  /**
   * The grants of one year and region: by province (Annex 1) and by each breakdown (Annex 2),
   * protected together, since they share the grants per category (the attacker has all five).
   */
  function grantFamily(grants: Grants, year: number, region: Region, provinceGrid: number[][]) {
    const lines = breakdowns.map((b) => b.lines(grants.present.get(key(b.dim, year, region)) ?? new Set()));
    const grids = breakdowns.map((b, i) =>
      (lines[i] ?? []).map((line) =>
        categories.map((c) => grants[b.dim].get(key(year, region, c, line.key)) ?? 0),
      ),
    );
    return { tables: protectTableFamily([provinceGrid, ...grids]), lines };
  }

  async function grantProfileTables(q: Normalized, at: Date): Promise<StatisticsTable[]> {
    const grants = await grantCounts(q);
    const out: StatisticsTable[] = [];
    for (const year of q.year) {
      for (const region of q.region) {
        const provinceGrid = provincesOf[region].map((p) =>
          categories.map((c) => grants.province.get(key(year, region, c, p)) ?? 0),
        );
        const family = grantFamily(grants, year, region, provinceGrid);
        breakdowns.forEach((b, i) => {
          const t = family.tables[i + 1] as ProtectedTable;
          out.push(
            table(b.measure, year, region, at, {
              unit: 'decisions',
              rowHeading: b.heading,
              columns: categoryColumns(),
              rows: rowsByCategory(t, family.lines[i] ?? [], 'All'),
              footnotes: withheldWhole(t) ? [wholeNote] : [],
            }),
          );
        });
      }
    }
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // Refusal grounds
  // -------------------------------------------------------------------------------------------

  async function refusalTables(q: Normalized, at: Date): Promise<StatisticsTable[]> {
    const rows = await tally(['grounds'], q);
    const counts = new Map(rows.map((r) => [key(r.year, r.region, r.category, r.dim, r.value), r.n]));
    const columns: StatisticsColumn[] = stages.flatMap((s) =>
      s.grounds.map((g) => ({
        key: `${s.key}:${g}`,
        label: groundNames[g],
        kind: 'value' as const,
        group: s.label,
      })),
    );
    const out: StatisticsTable[] = [];
    for (const year of q.year) {
      for (const region of q.region) {
        const grid = categories.map((c) =>
          stages.flatMap((s) => s.grounds.map((g) => counts.get(key(year, region, c, s.key, g)) ?? 0)),
        );
        const t = protectTable(grid, { rowTotals: false });
        out.push(
          table('refusal_grounds', year, region, at, {
            unit: 'decisions',
            rowHeading: 'Category',
            columns,
            rows: rowsByCategory(
              t,
              categories.map((c) => ({ key: c, label: categoryNames[c] })),
              'All categories',
            ),
            footnotes: [
              'A decision citing two grounds counts under each; a row has no total, as it would not be a number of decisions.',
              ...(withheldWhole(t) ? [wholeNote] : []),
            ],
          }),
        );
      }
    }
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // Throughput
  // -------------------------------------------------------------------------------------------

  async function throughputTables(q: Normalized, at: Date): Promise<StatisticsTable[]> {
    // Belgium as a whole only when every region is asked for: a median is not a sum, but the
    // Belgian table is then not a choice that differs from the regions' by one region.
    const belgium = q.region.length === regions.length;
    // One row per measure, year, region and category with its histogram as two arrays (days,
    // files): a few thousand rows rather than every distinct number of days.
    const rows = await db.$queryRawUnsafe<
      { measure: string; year: number; region: Region; category: Category; days: number[]; files: number[] }[]
    >(
      // Grouped by the stored columns and cast afterwards: sorting enums and integers is several
      // times cheaper than sorting their text.
      `SELECT substr(measure, 6) AS measure, year::int AS year, region::text AS region, category::text AS category,
              days, files
         FROM (SELECT measure, year, region, category, array_agg(value::int) AS days, array_agg(n) AS files
                 FROM statistics_tally
                WHERE measure = ANY($1::text[]) AND year = ANY($2::smallint[]) AND region = ANY($3::"Region"[])
                  AND n <> 0
                GROUP BY measure, year, region, category) AS histogram`,
      throughputMeasures.map((m) => `days:${m.key}`),
      q.year,
      q.region,
    );
    // Histograms of whole days per measure, year, region (or *) and category (or *), dense: one
    // slot per day from the shortest period to the longest.
    let first = 0;
    let last = 0;
    for (const r of rows) {
      for (const d of r.days) {
        if (d < first) first = d;
        if (d > last) last = d;
      }
    }
    const histograms = new Map<string, Float64Array>();
    const add = (k: string, days: number[], files: number[]) => {
      let h = histograms.get(k);
      if (!h) {
        h = new Float64Array(last - first + 1);
        histograms.set(k, h);
      }
      for (let i = 0; i < days.length; i++) {
        const slot = (days[i] as number) - first;
        h[slot] = (h[slot] as number) + (files[i] as number);
      }
    };
    for (const r of rows) {
      add(key(r.measure, r.year, r.region, r.category), r.days, r.files);
      add(key(r.measure, r.year, r.region, '*'), r.days, r.files);
      if (belgium) {
        add(key(r.measure, r.year, '*', r.category), r.days, r.files);
        add(key(r.measure, r.year, '*', '*'), r.days, r.files);
      }
    }
    const columns: StatisticsColumn[] = throughputMeasures.flatMap((m) => [
      { key: `${m.key}:median`, label: 'Median', kind: 'value' as const, group: m.label },
      { key: `${m.key}:p90`, label: '90th percentile', kind: 'value' as const, group: m.label },
    ]);
    const days = (v: number) => Math.round(v * 10) / 10;
    const out: StatisticsTable[] = [];
    for (const year of q.year) {
      for (const region of [...q.region, ...(belgium ? [null] : [])]) {
        const line = (category: Category | null): StatisticsCell[] =>
          throughputMeasures.flatMap((m): StatisticsCell[] => {
            const h = histograms.get(key(m.key, year, region ?? '*', category ?? '*'));
            const n = h ? h.reduce((sum, c) => sum + c, 0) : 0;
            // Fewer than 5 files (none included): no median, no percentile.
            if (!h || n < smallCountThreshold) return [{ suppressed: 'small' }, { suppressed: 'small' }];
            return percentilesOf(h, first, [0.5, 0.9]).map(days);
          });
        out.push(
          table('throughput', year, region, at, {
            unit: 'days',
            rowHeading: 'Category',
            columns,
            rows: [
              ...categories.map((c) => ({
                key: c,
                label: categoryNames[c],
                kind: 'value' as const,
                cells: line(c),
              })),
              { key: 'total', label: 'All categories', kind: 'total' as const, cells: line(null) },
            ],
            footnotes: [
              'Calendar days; <5: fewer than 5 files (none included), so no figure is given. The row for all categories is not an average of the rows above.',
            ],
          }),
        );
      }
    }
    return out;
  }

  // -------------------------------------------------------------------------------------------

  /** Keeps the chosen categories: rows or columns that are categories; totals stay (full table). */
  function onlyCategories(t: StatisticsTable, chosen: Category[]): StatisticsTable {
    if (chosen.length === categories.length) return t;
    const isDropped = (k: string) =>
      (categories as readonly string[]).includes(k) && !chosen.includes(k as Category);
    const keep = t.columns.map((c) => !(c.kind === 'value' && isDropped(c.key)));
    return {
      ...t,
      columns: t.columns.filter((_c, j) => keep[j]),
      rows: t.rows
        .filter((r) => !(r.kind === 'value' && isDropped(r.key)))
        .map((r) => ({ ...r, cells: r.cells.filter((_c, j) => keep[j]) })),
    };
  }

  const builders: Record<StatisticsTableKey, (q: Normalized, at: Date) => Promise<StatisticsTable[]>> = {
    applications: applicationsTables,
    refusal_grounds: refusalTables,
    grant_profiles: grantProfileTables,
    throughput: throughputTables,
  };

  return {
    async catalog(actor: Actor): Promise<StatisticsCatalog> {
      authorize(actor);
      const at = now();
      const current = belgianYear(at);
      return {
        tables: statisticsTableKeys.map((k) => ({
          key: k,
          ...tableTitles[k],
          measures: measuresOf[k],
        })),
        years: Array.from({ length: current - statisticsFirstYear + 1 }, (_v, i) => statisticsFirstYear + i),
        currentYear: current,
        asOf: at.toISOString(),
        formats: [...statisticsExportFormats],
        definitions: [...statisticsDefinitions],
      };
    },

    async report(actor: Actor, key: StatisticsTableKey, query: StatisticsQuery): Promise<StatisticsReport> {
      authorize(actor);
      const at = now();
      const q = normalize(query, at);
      const tables = (await builders[key](q, at)).map((t) => onlyCategories(t, q.category));
      const order = measuresOf[key];
      tables.sort(
        (a, b) =>
          a.year - b.year ||
          regionOrder(a.region) - regionOrder(b.region) ||
          order.indexOf(a.measure) - order.indexOf(b.measure),
      );
      return {
        table: key,
        title: tableTitles[key].title,
        query: q,
        asOf: at.toISOString(),
        tables,
        definitions: [...statisticsDefinitions],
      };
    },
  };
}

const measuresOf: Record<StatisticsTableKey, StatisticsMeasure[]> = {
  applications: ['applications', 'grants'],
  refusal_grounds: ['refusal_grounds'],
  grant_profiles: [
    'grants_by_age_band',
    'grants_by_sex',
    'grants_by_nationality',
    'grants_by_applicant_kind',
  ],
  throughput: ['throughput'],
};

/**
 * percentile_cont over a dense histogram of whole days (counts[i]: files that took first + i days):
 * for each p, the value at position p * (n - 1) of the sorted files, interpolated between its two
 * neighbours.
 */
export function percentilesOf(counts: ArrayLike<number>, first: number, ps: readonly number[]): number[] {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i] as number;
  const nth = (index: number) => {
    let seen = 0;
    for (let i = 0; i < counts.length; i++) {
      seen += counts[i] as number;
      if (index < seen) return first + i;
    }
    return first + counts.length - 1;
  };
  return ps.map((p) => {
    const at = p * (total - 1);
    const low = nth(Math.floor(at));
    return low + (nth(Math.ceil(at)) - low) * (at - Math.floor(at));
  });
}

const regionOrder = (r: Region | null) => (r === null ? regions.length : regions.indexOf(r));

export type StatisticsService = ReturnType<typeof createStatisticsService>;
