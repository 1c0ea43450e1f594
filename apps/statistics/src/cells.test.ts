import { describe, expect, it } from 'vitest';
import { cellText, suppressionsIn } from './cells.ts';
import { complement, small, tableOf } from './testing.ts';

describe('cells as shown', () => {
  it('writes counts with thousands separators, days with one decimal and withheld cells as their marks', () => {
    expect(cellText(1234, 'files')).toBe('1,234');
    expect(cellText(0, 'decisions')).toBe('0');
    expect(cellText(42, 'days')).toBe('42.0');
    expect(cellText(17.25, 'days')).toBe('17.3');
    expect(cellText({ suppressed: 'small' }, 'files')).toBe('<5');
    expect(cellText({ suppressed: 'complement' }, 'files')).toBe('x');
    expect(cellText({ suppressed: 'small' }, 'days')).toBe('<5');
  });

  it('finds which kinds of withheld cells a report has', () => {
    const table = (cells: Parameters<typeof cellText>[0][]) =>
      tableOf({ id: 't', measure: 'applications' }, [['antwerp', 'Antwerp']], [['a', 'A', cells]]);
    expect(suppressionsIn({ tables: [] })).toEqual([]);
    expect(suppressionsIn({ tables: [table([1, 9])] })).toEqual([]);
    expect(suppressionsIn({ tables: [table([complement]), table([small])] })).toEqual([
      'small',
      'complement',
    ]);
  });
});
