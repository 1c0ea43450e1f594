import { type Formatters, formattersFor, type Language } from '@loket/i18n';
import { useI18n } from '@loket/i18n/react';

/**
 * Dates, times, numbers and amounts in a screen's language, written the short way the lists and
 * cards use ("30 Dec 2026", "30 déc. 2026", "30.12.2026"). English keeps the exact form the
 * inboxes have always shown, so their screens and tests read the same.
 */
export type ScreenFormats = Formatters;

export function formatsFor(language: Language): ScreenFormats {
  return formattersFor(language, 'medium');
}

/** The formats of the current screen language (English outside a language provider). */
export function useFormat(): ScreenFormats {
  return formatsFor(useI18n().language);
}
