import { type Language, localeOf } from '@loket/domain';

/** Dates, times and amounts as written in Belgium in the given language. */
export interface Formatters {
  /** A calendar date (YYYY-MM-DD), built in local time so it never shows the day before. */
  date(value: string | null | undefined): string;
  /** A moment (ISO timestamp) with date and time. */
  dateTime(value: string | null | undefined): string;
  number(value: number | null | undefined): string;
  euro(value: number | null | undefined): string;
}

const none = '—';

export function formattersFor(language: Language): Formatters {
  const locale = localeOf[language];
  const dateOnly = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
  const number = new Intl.NumberFormat(locale);
  const euro = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });
  return {
    date(value) {
      if (!value) return none;
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      const d = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date(value);
      return Number.isNaN(d.getTime()) ? value : dateOnly.format(d);
    },
    dateTime(value) {
      if (!value) return none;
      const d = new Date(value);
      return Number.isNaN(d.getTime()) ? value : dateTime.format(d);
    },
    number: (value) => (value === null || value === undefined ? none : number.format(value)),
    euro: (value) => (value === null || value === undefined ? none : euro.format(value)),
  };
}
