import { describe, expect, it } from 'vitest';
import { normalizeForSearch, searchTextOf } from './index.ts';

describe('search text', () => {
  it('is lower case without accents, as PostgreSQL’s unaccent(lower()) makes it', () => {
    expect(normalizeForSearch('João Lucía ÇELİK Søren Straße Œuvre Łukasz')).toBe(
      'joao lucia celik soren strasse oeuvre lukasz',
    );
  });

  it('joins the parts that are there', () => {
    expect(searchTextOf(['LKT-2026-AB12', 'Brouwerij De Klok NV', null, 'Iyer'])).toBe(
      'lkt-2026-ab12 brouwerij de klok nv iyer',
    );
  });
});
