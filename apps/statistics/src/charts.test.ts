import { describe, expect, it } from 'vitest';
import {
  annexCharts,
  barMax,
  barSummary,
  throughputPlaces,
  throughputTrend,
  trendSummary,
} from './charts.ts';
import { sectionsOf } from './report.ts';
import { complement, small, tableOf } from './testing.ts';

const provinces: [string, string][] = [
  ['antwerp', 'Antwerp'],
  ['limburg', 'Limburg'],
  ['total', 'Total'],
];

const applications = tableOf({ id: 'applications/flanders/2024', measure: 'applications' }, provinces, [
  ['highly_qualified', 'Highly qualified worker', [40, 12, 52]],
  ['researcher', 'Researcher', [small, complement, 9]],
  ['au_pair', 'Au pair', [0, 0, 0]],
  ['total', 'Total', [44, 17, 61]],
]);
const grants = tableOf({ id: 'grants/flanders/2024', measure: 'grants', unit: 'decisions' }, provinces, [
  ['highly_qualified', 'Highly qualified worker', [30, 10, 40]],
  ['researcher', 'Researcher', [small, small, small]],
  ['au_pair', 'Au pair', [0, 0, 0]],
  ['total', 'Total', [33, 10, 43]],
]);

describe('the Annex 1 charts', () => {
  const [section] = sectionsOf({ tables: [applications, grants] });
  if (!section) throw new Error('no section');
  const [byCategory, byProvince] = annexCharts(section, 'Flanders');

  it('draws the rows’ totals per category and the totals row per province, both series side by side', () => {
    expect(byCategory?.title).toBe('Applications and grants per category, Flanders 2024');
    expect(byCategory?.groups.map((g) => [g.label, g.values])).toEqual([
      ['Highly qualified worker', [52, 40]],
      ['Researcher', [9, small]],
      ['Au pair', [0, 0]],
    ]);
    expect(byProvince?.groups.map((g) => [g.key, g.values])).toEqual([
      ['antwerp', [44, 33]],
      ['limburg', [17, 10]],
    ]);
    expect(byCategory?.series.map((s) => s.pattern)).toEqual(['solid', 'hatched']);
    expect(barMax(byCategory ?? { groups: [] })).toBe(52);
  });

  it('says in words what stands out, what is withheld and where the figures are', () => {
    if (!byCategory) throw new Error('no chart');
    expect(barSummary(byCategory)).toBe(
      'Most applications: Highly qualified worker: 52 (40 grants); Researcher: 9 (fewer than 5 grants). 1 with none. ' +
        'Every figure is in the table “applications/flanders/2024” below.',
    );
    const withheld = { ...byCategory, groups: [{ key: 'x', label: 'X', values: [small, small] }] };
    expect(barSummary(withheld)).toBe(
      'No applications. 1 withheld as fewer than 5 or to protect one that is. ' +
        'Every figure is in the table “applications/flanders/2024” below.',
    );
  });

  it('draws nothing without both tables or their totals', () => {
    const [alone] = sectionsOf({ tables: [applications] });
    expect(alone && annexCharts(alone, 'Flanders')).toEqual([]);
  });
});

describe('the throughput trend', () => {
  const columns: [string, string, string][] = [
    ['work:median', 'Median', 'Work part'],
    ['work:p90', '90th percentile', 'Work part'],
    ['between:median', 'Median', 'Between the parts'],
  ];
  const year = (
    y: number,
    cells: (number | typeof small)[],
    partialYear = false,
    region: 'flanders' | null = null,
  ) =>
    tableOf(
      {
        id: `throughput/${region ?? 'belgium'}/${y}`,
        measure: 'throughput',
        year: y,
        region,
        unit: 'days',
        partialYear,
      },
      columns,
      [
        ['highly_qualified', 'Highly qualified worker', [1, 2, 3]],
        ['total', 'All categories', cells],
      ],
    );
  const tables = [
    year(2024, [99, 99, 99], false, 'flanders'),
    year(2025, [20, 40, 9]),
    year(2024, [30, 50, small]),
    year(2026, [18, 30, 7], true),
    year(2025, [99, 99, 99], false, 'flanders'),
  ];

  it('follows the medians of one place’s totals row over the years, one line per part', () => {
    const chart = throughputTrend(tables, null, 'Belgium');
    expect(chart?.title).toBe('Median throughput time per year in days, all categories, Belgium');
    expect(chart?.years).toEqual([2024, 2025, 2026]);
    expect(chart?.series.map((s) => [s.name, s.marker, s.points.map((p) => p.value)])).toEqual([
      ['Work part', 'circle', [30, 20, 18]],
      ['Between the parts', 'square', [small, 9, 7]],
    ]);
    if (!chart) throw new Error('no chart');
    expect(trendSummary(chart)).toBe(
      'Work part: 30.0 days in 2024, 18.0 in 2026 (so far). ' +
        'Between the parts: 9.0 days in 2025, 7.0 in 2026 (so far); 1 year withheld (fewer than 5 files). ' +
        'Every figure is in the tables below.',
    );
    expect(throughputTrend(tables, 'flanders', 'Flanders')?.series[0]?.points.map((p) => p.value)).toEqual([
      99, 99,
    ]);
  });

  it('puts Belgium first and needs two years to show a trend', () => {
    expect(throughputPlaces(tables)).toEqual([null, 'flanders']);
    expect(throughputTrend([year(2024, [30, 50, 10])], null, 'Belgium')).toBeUndefined();
  });
});
