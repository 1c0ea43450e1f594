import type { StatisticsCell, StatisticsColumn, StatisticsRow, StatisticsTable } from '@loket/contracts';

/** A statistics table for the tests, shaped as the API sends it; rows and columns by [key, label]. */
export function tableOf(
  fields: Partial<StatisticsTable> & Pick<StatisticsTable, 'id' | 'measure'>,
  columns: [key: string, label: string, group?: string][],
  rows: [key: string, label: string, cells: StatisticsCell[]][],
): StatisticsTable {
  const column = ([key, label, group]: [string, string, string?]): StatisticsColumn => ({
    key,
    label,
    kind: key === 'total' ? 'total' : 'value',
    group: group ?? null,
  });
  const row = ([key, label, cells]: [string, string, StatisticsCell[]]): StatisticsRow => ({
    key,
    label,
    kind: key === 'total' ? 'total' : 'value',
    cells,
  });
  return {
    title: fields.id,
    year: 2024,
    partialYear: false,
    region: 'flanders',
    unit: 'files',
    rowHeading: 'Category',
    footnotes: [],
    ...fields,
    columns: columns.map(column),
    rows: rows.map(row),
  };
}

export const small = { suppressed: 'small' } as const;
export const complement = { suppressed: 'complement' } as const;
