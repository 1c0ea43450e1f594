import type { StatisticsReport, StatisticsTable } from '@loket/contracts';
import type { Region } from '@loket/domain';

/** The tables of one year and one region (or all of Belgium): one section of a page. */
export interface ReportSection {
  key: string;
  year: number;
  region: Region | null;
  partialYear: boolean;
  tables: StatisticsTable[];
}

/** Groups a report's tables by year and region, in the report's order (year, then region). */
export function sectionsOf(report: Pick<StatisticsReport, 'tables'>): ReportSection[] {
  const sections = new Map<string, ReportSection>();
  for (const table of report.tables) {
    const key = `${table.year}/${table.region ?? 'belgium'}`;
    let section = sections.get(key);
    if (!section) {
      section = { key, year: table.year, region: table.region, partialYear: false, tables: [] };
      sections.set(key, section);
    }
    section.partialYear ||= table.partialYear;
    section.tables.push(table);
  }
  return [...sections.values()];
}

/** A table's value rows and the totals row (if published), by key. */
export function totalRow(table: StatisticsTable) {
  return table.rows.find((r) => r.kind === 'total');
}

export function totalColumnIndex(table: StatisticsTable): number {
  return table.columns.findIndex((c) => c.kind === 'total');
}

/** An id usable in the page (ids of tables carry slashes). */
export function domId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}
