import { describe, expect, it } from 'vitest';
import { ageBandOf, ageOn, belgianDate, belgianYear, belgianYearStart } from './definitions.ts';

describe('the statistics calendar', () => {
  it('reads the year in Belgium, not in UTC', () => {
    expect(belgianYear(new Date('2024-12-31T22:59:59Z'))).toBe(2024);
    expect(belgianYear(new Date('2024-12-31T23:00:00Z'))).toBe(2025);
    expect(belgianDate(new Date('2025-06-30T22:30:00Z'))).toBe('2025-07-01'); // summer time: UTC+2
    expect(belgianYearStart(2025).toISOString()).toBe('2024-12-31T23:00:00.000Z');
  });

  it('counts full years and bands them', () => {
    expect(ageOn('2000-03-15', '2025-03-14')).toBe(24);
    expect(ageOn('2000-03-15', '2025-03-15')).toBe(25);
    expect(ageOn('2004-02-29', '2025-02-28')).toBe(20);
    expect(ageBandOf('2000-03-15', '2025-03-14')?.key).toBe('under_25');
    expect(ageBandOf('2000-03-15', '2025-03-15')?.key).toBe('25_29');
    expect(ageBandOf('1960-01-01', '2025-01-01')?.key).toBe('50_plus');
  });
});
