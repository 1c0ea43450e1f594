import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { StatisticsCellSchema, StatisticsExportQuery, StatisticsQuery } from './index.ts';

describe('the statistics query', () => {
  it('takes repeated years, regions and categories, and refuses unknown codes and fields', () => {
    expect(
      Value.Check(StatisticsQuery, {
        year: [2019, 2020],
        region: ['flanders'],
        category: ['shortage_occupation'],
      }),
    ).toBe(true);
    expect(Value.Check(StatisticsQuery, {})).toBe(true);
    expect(Value.Check(StatisticsQuery, { year: [2018] })).toBe(false);
    expect(Value.Check(StatisticsQuery, { region: ['holland'] })).toBe(false);
    expect(Value.Check(StatisticsQuery, { province: ['antwerp'] })).toBe(false);
  });

  it('exports as csv or xlsx only', () => {
    expect(Value.Check(StatisticsExportQuery, { format: 'xlsx', year: [2024] })).toBe(true);
    expect(Value.Check(StatisticsExportQuery, { format: 'pdf' })).toBe(false);
    expect(Value.Check(StatisticsExportQuery, {})).toBe(false);
  });
});

describe('a statistics cell', () => {
  it('is a number or a withheld marker with its reason', () => {
    expect(Value.Check(StatisticsCellSchema, 12)).toBe(true);
    expect(Value.Check(StatisticsCellSchema, 12.5)).toBe(true);
    expect(Value.Check(StatisticsCellSchema, { suppressed: 'small' })).toBe(true);
    expect(Value.Check(StatisticsCellSchema, { suppressed: 'complement' })).toBe(true);
    expect(Value.Check(StatisticsCellSchema, { suppressed: 'other' })).toBe(false);
    expect(Value.Check(StatisticsCellSchema, -1)).toBe(false);
  });
});
