import type { ApplicationSummary } from '@loket/contracts';

/**
 * Merges pages fetched per state. A single list keeps the API's order; a merged one is sorted by
 * last change, newest first, since the API's order only holds within one state.
 */
export function mergeApplicationPages(
  existing: readonly ApplicationSummary[],
  pages: readonly (readonly ApplicationSummary[])[],
  merged: boolean,
): ApplicationSummary[] {
  const seen = new Set(existing.map((a) => a.id));
  const out = [...existing];
  for (const page of pages) {
    for (const a of page) {
      if (!seen.has(a.id)) {
        seen.add(a.id);
        out.push(a);
      }
    }
  }
  return merged ? out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) : out;
}
