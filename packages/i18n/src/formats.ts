import { type Language, localeOf } from '@loket/domain';

/**
 * How long a date is written: `long` in sentences and the guided application ("30 December 2026"),
 * `medium` in the lists and cards ("30 Dec 2026", "30 déc. 2026", "30.12.2026").
 */
export type DateLength = 'long' | 'medium';

/** Dates, times and amounts as written in Belgium in the given language. */
export interface Formatters {
  language: Language;
  /**
   * A calendar date (YYYY-MM-DD, or the date part of a timestamp), built in local time so it never
   * shows the day before.
   */
  date(value: string | null | undefined): string;
  /** A moment (ISO timestamp) with date and time. */
  dateTime(value: string | null | undefined): string;
  /** A moment's day only, where the reader is. */
  day(value: string | null | undefined): string;
  /** A moment's time of day ("14:05"). */
  time(value: Date): string;
  number(value: number | null | undefined): string;
  euro(value: number | null | undefined): string;
}

const none = '—';
// One set per language and length: the same object every render, so it can stand in a hook's dependencies.
const cache = new Map<string, Formatters>();

export function formattersFor(language: Language, length: DateLength = 'long'): Formatters {
  const key = `${language}/${length}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const locale = localeOf[language];
  const dateOnly = new Intl.DateTimeFormat(locale, { dateStyle: length });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: length, timeStyle: 'short' });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const number = new Intl.NumberFormat(locale);
  const euro = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });
  const moment = (value: string) => {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? undefined : d;
  };
  const formatters: Formatters = {
    language,
    date(value) {
      if (!value) return none;
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
      if (!m) return value;
      return dateOnly.format(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    },
    dateTime(value) {
      if (!value) return none;
      const d = moment(value);
      return d ? dateTime.format(d) : value;
    },
    day(value) {
      if (!value) return none;
      const d = moment(value);
      return d ? dateOnly.format(d) : value;
    },
    time: (value) => time.format(value),
    number: (value) => (value === null || value === undefined ? none : number.format(value)),
    euro: (value) => (value === null || value === undefined ? none : euro.format(value)),
  };
  cache.set(key, formatters);
  return formatters;
}
