import { formattersFor } from '@loket/i18n';

// The inboxes' English at the lists' and cards' length: the same formatters as `formatsFor('en')`.
const english = formattersFor('en', 'medium');

export const formatDateTime = english.dateTime;

/**
 * A calendar date (YYYY-MM-DD) is not a moment: parsing it as UTC midnight would show the day
 * before in time zones west of Greenwich, so it is built from its parts in local time.
 */
export const formatDate = english.date;

export const formatEuro = english.euro;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function shortHash(sha256: string): string {
  return sha256.length > 12 ? `${sha256.slice(0, 12)}…` : sha256;
}

/** A local calendar date `days` ahead, as the YYYY-MM-DD an `<input type="date">` speaks. */
export function isoDateFromToday(days: number, today: Date = new Date()): string {
  const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
