import { describe, expect, it } from 'vitest';
import { filtersFromSearch, queryOfFilters, searchOfFilters } from './filters.ts';

describe('the filters in the address', () => {
  it('reads repeated values, drops unknown ones and orders each list as its vocabulary does', () => {
    const filters = filtersFromSearch(
      new URLSearchParams(
        'year=2021&year=2019&year=21&year=2021&region=wallonia&region=flanders&region=mars&category=au_pair&category=highly_qualified&category=spy',
      ),
    );
    expect(filters).toEqual({
      year: [2019, 2021],
      region: ['flanders', 'wallonia'],
      category: ['highly_qualified', 'au_pair'],
    });
  });

  it('writes what it reads, and nothing at all for no filter', () => {
    const search = '?year=2020&year=2026&region=brussels&category=researcher';
    expect(searchOfFilters(filtersFromSearch(new URLSearchParams(search)))).toBe(search);
    expect(searchOfFilters({ year: [], region: [], category: [] })).toBe('');
  });

  it('leaves an empty filter out of the API query, so the API counts everything', () => {
    expect(queryOfFilters({ year: [], region: [], category: [] })).toEqual({});
    expect(queryOfFilters({ year: [2024], region: [], category: ['other'] })).toEqual({
      year: [2024],
      category: ['other'],
    });
  });
});
