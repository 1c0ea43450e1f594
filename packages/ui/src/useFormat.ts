import { type Language, localeOf } from '@loket/i18n';
import { useI18n } from '@loket/i18n/react';

/**
 * Dates, times, numbers and amounts in a screen's language, written the short way the lists and
 * cards use ("30 Dec 2026", "30 déc. 2026", "30.12.2026"). English keeps the exact form the
 * inboxes have always shown, so their screens and tests read the same.
 */
export interface ScreenFormats {
  language: Language;
  /** A calendar date (YYYY-MM-DD, or the date part of a timestamp), built in local time. */
  date(value: string | null | undefined): string;
  /** A moment with date and time. */
  dateTime(value: string | null | undefined): string;
  /** A moment's day only, where the reader is. */
  day(value: string | null | undefined): string;
  /** A moment's time of day ("14:05"). */
  time(value: Date): string;
  number(value: number): string;
  euro(value: number | null | undefined): string;
}

const none = '—';
const cache = new Map<Language, ScreenFormats>();

export function formatsFor(language: Language): ScreenFormats {
  const cached = cache.get(language);
  if (cached) return cached;
  const locale = localeOf[language];
  const dateOnly = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
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
  const formats: ScreenFormats = {
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
    number: (value) => number.format(value),
    euro: (value) => (value === null || value === undefined ? none : euro.format(value)),
  };
  cache.set(language, formats);
  return formats;
}

/** The formats of the current screen language (English outside a language provider). */
export function useFormat(): ScreenFormats {
  return formatsFor(useI18n().language);
}
