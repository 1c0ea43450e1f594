import type { StatisticsCell, StatisticsReport, StatisticsTable } from '@loket/contracts';

type SuppressionReason = 'small' | 'complement';

/** What a withheld cell shows, the same marks as the API's exports. */
export const suppressedMarks: Record<SuppressionReason, string> = { small: '<5', complement: 'x' };

export const suppressionExplanations: Record<SuppressionReason, string> = {
  small:
    'A count of 1 to 4, withheld so that no person can be recognised. In the throughput table: ' +
    'fewer than 5 files, so no time is given.',
  complement:
    'Withheld as well, so that a “<5” cannot be worked out from the totals (secondary suppression); ' +
    'a table too small to publish safely has every cell withheld.',
};

const counts = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const days = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function isSuppressed(cell: StatisticsCell): cell is { suppressed: SuppressionReason } {
  return typeof cell === 'object' && cell !== null && 'suppressed' in cell;
}

/** A cell as shown: a count with thousands separators, days with one decimal, or a withheld mark. */
export function cellText(cell: StatisticsCell, unit: StatisticsTable['unit']): string {
  if (isSuppressed(cell)) return suppressedMarks[cell.suppressed];
  return unit === 'days' ? days.format(cell) : counts.format(cell);
}

/** The kinds of withheld cells a report has, so the page explains only the marks it shows. */
export function suppressionsIn(report: Pick<StatisticsReport, 'tables'>): SuppressionReason[] {
  const found = new Set<SuppressionReason>();
  for (const table of report.tables)
    for (const row of table.rows)
      for (const cell of row.cells) if (isSuppressed(cell)) found.add(cell.suppressed);
  return (['small', 'complement'] as const).filter((r) => found.has(r));
}
