/**
 * How names and references are compared in the caseworkers' text search: lower case, without
 * accents, so that "joao" finds João and "lucia" Lucía. The database computes the same text with
 * PostgreSQL's unaccent() and lower() (migration *_inbox_search); the few letters unaccent maps to
 * more than a bare letter are listed here so both sides agree.
 */
const special: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

export function normalizeForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[ßæœøłđðþıħ]/g, (c) => special[c] ?? c);
}

/** The searchable text of an application: reference, employer's name, worker's names. */
export function searchTextOf(parts: readonly (string | null | undefined)[]): string {
  return normalizeForSearch(parts.filter((p): p is string => !!p).join(' '));
}
