import type { StatisticsCell, StatisticsTable } from '@loket/contracts';
import { cellText, isSuppressed } from './cells.ts';
import { type ReportSection, totalColumnIndex, totalRow } from './report.ts';

/**
 * What the charts draw, worked out from the report's tables: the charts add nothing the tables do
 * not say, and a withheld cell stays withheld (drawn as its mark, never as a bar).
 */

export interface BarSeries {
  name: string;
  /** Told apart by fill pattern and a legend as well as by colour. */
  pattern: 'solid' | 'hatched';
}

export interface BarGroup {
  key: string;
  label: string;
  /** One per series. */
  values: StatisticsCell[];
}

export interface BarChartModel {
  id: string;
  title: string;
  unit: StatisticsTable['unit'];
  series: BarSeries[];
  groups: BarGroup[];
  /** The table the figures come from, named in the text alternative. */
  tableTitle: string;
}

const numeric = (cell: StatisticsCell | undefined): number =>
  cell === undefined || isSuppressed(cell) ? 0 : cell;

/**
 * Annex 1's two charts for one year and region: applications and grants per category (the rows'
 * totals) and per province (the columns' totals). Needs both tables with their totals.
 */
export function annexCharts(section: ReportSection, where: string): BarChartModel[] {
  const applications = section.tables.find((t) => t.measure === 'applications');
  const grants = section.tables.find((t) => t.measure === 'grants');
  if (!applications || !grants) return [];
  const series: BarSeries[] = [
    { name: 'Applications', pattern: 'solid' },
    { name: 'Grants', pattern: 'hatched' },
  ];
  const charts: BarChartModel[] = [];
  const appsTotal = totalColumnIndex(applications);
  const grantsTotal = totalColumnIndex(grants);
  if (appsTotal >= 0 && grantsTotal >= 0) {
    const grantRows = new Map(grants.rows.map((r) => [r.key, r]));
    const groups = applications.rows
      .filter((r) => r.kind === 'value')
      .map((r) => ({
        key: r.key,
        label: r.label,
        values: [r.cells[appsTotal] ?? 0, grantRows.get(r.key)?.cells[grantsTotal] ?? 0],
      }));
    if (groups.length > 0)
      charts.push({
        id: `${applications.id}/by-category`,
        title: `Applications and grants per category, ${where} ${section.year}`,
        unit: applications.unit,
        series,
        groups,
        tableTitle: applications.title,
      });
  }
  const appsTotals = totalRow(applications);
  const grantsTotals = totalRow(grants);
  if (appsTotals && grantsTotals) {
    const grantColumn = new Map(grants.columns.map((c, i) => [c.key, i]));
    const groups = applications.columns.flatMap((c, i) => {
      const g = grantColumn.get(c.key);
      if (c.kind !== 'value' || g === undefined) return [];
      return [{ key: c.key, label: c.label, values: [appsTotals.cells[i] ?? 0, grantsTotals.cells[g] ?? 0] }];
    });
    if (groups.length > 0)
      charts.push({
        id: `${applications.id}/by-province`,
        title: `Applications and grants per province of employment, ${where} ${section.year}`,
        unit: applications.unit,
        series,
        groups,
        tableTitle: applications.title,
      });
  }
  return charts;
}

/** The largest value a bar chart draws (at least 1, so an all-zero chart still has a scale). */
export function barMax(chart: Pick<BarChartModel, 'groups'>): number {
  return Math.max(1, ...chart.groups.flatMap((g) => g.values.map(numeric)));
}

/** A figure in a sentence: a withheld one in words rather than its mark. */
function inWords(cell: StatisticsCell, unit: StatisticsTable['unit']): string {
  if (!isSuppressed(cell)) return cellText(cell, unit);
  return cell.suppressed === 'small' ? 'fewer than 5' : 'withheld';
}

/**
 * The text alternative of a bar chart: what stands out (the three largest of the first series, with
 * the other series beside them) and how many groups are withheld, then where the figures are.
 */
export function barSummary(chart: BarChartModel): string {
  const [first, ...others] = chart.series;
  if (!first) return '';
  const describe = (g: BarGroup) => {
    const rest = others.map((s, i) => `${inWords(g.values[i + 1] ?? 0, chart.unit)} ${s.name.toLowerCase()}`);
    return `${g.label}: ${inWords(g.values[0] ?? 0, chart.unit)}${rest.length ? ` (${rest.join(', ')})` : ''}`;
  };
  const shown = chart.groups.filter((g) => !isSuppressed(g.values[0] ?? 0) && numeric(g.values[0]) > 0);
  const top = [...shown].sort((a, b) => numeric(b.values[0]) - numeric(a.values[0])).slice(0, 3);
  const withheld = chart.groups.filter((g) => isSuppressed(g.values[0] ?? 0)).length;
  const zero = chart.groups.length - shown.length - withheld;
  const parts = [
    top.length > 0
      ? `Most ${first.name.toLowerCase()}: ${top.map(describe).join('; ')}.`
      : `No ${first.name.toLowerCase()}.`,
  ];
  if (withheld > 0) parts.push(`${withheld} withheld as fewer than 5 or to protect one that is.`);
  if (zero > 0 && top.length > 0) parts.push(`${zero} with none.`);
  parts.push(`Every figure is in the table “${chart.tableTitle}” below.`);
  return parts.join(' ');
}

export interface TrendPoint {
  year: number;
  value: StatisticsCell;
  partialYear: boolean;
}

export interface TrendSeries {
  key: string;
  name: string;
  /** Told apart by marker shape, line pattern and a label at the line's end as well as by colour. */
  marker: 'circle' | 'square' | 'triangle' | 'diamond';
  dash: string;
  points: TrendPoint[];
}

export interface TrendChartModel {
  title: string;
  years: number[];
  series: TrendSeries[];
  tableTitle: string;
}

const markers: TrendSeries['marker'][] = ['circle', 'square', 'triangle', 'diamond'];
const dashes = ['', '6 4', '2 3', '10 3 2 3'];

/**
 * The throughput trend of one place (a region, or all of Belgium when `region` is null): for each
 * year's table, the medians of the totals row, one line per measure (admissibility, the work part,
 * between the parts, the whole procedure). Needs two years at least.
 */
export function throughputTrend(
  tables: readonly StatisticsTable[],
  region: StatisticsTable['region'],
  where: string,
): TrendChartModel | undefined {
  const yearly = tables
    .filter((t) => t.measure === 'throughput' && t.region === region)
    .sort((a, b) => a.year - b.year);
  const first = yearly[0];
  if (!first || yearly.length < 2) return undefined;
  const medianColumns = first.columns.filter(
    (c) => c.kind === 'value' && /median/i.test(`${c.key} ${c.label}`),
  );
  const series = medianColumns.slice(0, markers.length).map((column, i) => ({
    key: column.key,
    name: column.group ?? column.label,
    marker: markers[i] as TrendSeries['marker'],
    dash: dashes[i] as string,
    points: yearly.map((table) => {
      const row = totalRow(table) ?? table.rows[0];
      const index = table.columns.findIndex((c) => c.key === column.key);
      return {
        year: table.year,
        value: row?.cells[index] ?? { suppressed: 'small' as const },
        partialYear: table.partialYear,
      };
    }),
  }));
  if (series.length === 0) return undefined;
  return {
    title: `Median throughput time per year in days, all categories, ${where}`,
    years: yearly.map((t) => t.year),
    series,
    tableTitle: first.title,
  };
}

/** The places with throughput tables, Belgium (region null) first, then the regions in the report's order. */
export function throughputPlaces(tables: readonly StatisticsTable[]): StatisticsTable['region'][] {
  const places = [...new Set(tables.filter((t) => t.measure === 'throughput').map((t) => t.region))];
  return [...places.filter((p) => p === null), ...places.filter((p) => p !== null)];
}

export function trendMax(chart: Pick<TrendChartModel, 'series'>): number {
  return Math.max(1, ...chart.series.flatMap((s) => s.points.map((p) => numeric(p.value))));
}

/** The trend's text alternative: each line's first and last shown year, and the withheld points. */
export function trendSummary(chart: TrendChartModel): string {
  const lines = chart.series.map((s) => {
    const shown = s.points.filter((p) => !isSuppressed(p.value));
    const withheld = s.points.length - shown.length;
    const from = shown[0];
    const to = shown[shown.length - 1];
    const change =
      from && to && from !== to
        ? `${cellText(from.value, 'days')} days in ${from.year}, ${cellText(to.value, 'days')} in ${to.year}${to.partialYear ? ' (so far)' : ''}`
        : from
          ? `${cellText(from.value, 'days')} days in ${from.year}`
          : 'no year with enough files';
    return `${s.name}: ${change}${withheld > 0 ? `; ${withheld} year${withheld === 1 ? '' : 's'} withheld (fewer than 5 files)` : ''}.`;
  });
  return `${lines.join(' ')} Every figure is in the tables below.`;
}
