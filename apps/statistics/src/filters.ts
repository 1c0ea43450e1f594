import type { StatisticsQuery } from '@loket/contracts';
import { type Category, categories, type Region, regions } from '@loket/domain';

/** The filters as the form holds them: nothing ticked means everything (the API's default). */
export interface Filters {
  year: number[];
  region: Region[];
  category: Category[];
}

export const noFilters: Filters = { year: [], region: [], category: [] };

/**
 * The filters in the page's address (year=2020&year=2021&region=flanders...), so a table can be
 * bookmarked, shared and printed as asked. Unknown values are dropped rather than sent to the API;
 * each list is sorted in its vocabulary's order and without repeats.
 */
export function filtersFromSearch(search: URLSearchParams): Filters {
  const years = search
    .getAll('year')
    .filter((v) => /^\d{4}$/.test(v))
    .map(Number);
  const wantedRegions = search.getAll('region');
  const wantedCategories = search.getAll('category');
  return {
    year: [...new Set(years)].sort((a, b) => a - b),
    region: regions.filter((r) => wantedRegions.includes(r)),
    category: categories.filter((c) => wantedCategories.includes(c)),
  };
}

export function searchOfFilters(filters: Filters): string {
  const search = new URLSearchParams();
  for (const year of filters.year) search.append('year', String(year));
  for (const region of filters.region) search.append('region', region);
  for (const category of filters.category) search.append('category', category);
  const s = search.toString();
  return s ? `?${s}` : '';
}

/** The API query: an empty list is left out, so the API fills in its default (all). */
export function queryOfFilters(filters: Filters): StatisticsQuery {
  const query: StatisticsQuery = {};
  if (filters.year.length > 0) query.year = filters.year;
  if (filters.region.length > 0) query.region = filters.region;
  if (filters.category.length > 0) query.category = filters.category;
  return query;
}
