import type { Region } from './vocabulary.ts';

/** The languages Loket writes to applicants in: screens, e-mails and decision letters. */
export const languages = ['nl', 'fr', 'de', 'en'] as const;
export type Language = (typeof languages)[number];

/**
 * The language an application is written to in when the applicant has not chosen one: the
 * language of the region of the place of employment, i.e. of the authority that handles the work
 * part. Brussels is bilingual (nl/fr); French is the default there because most of the Brussels
 * work service's files are handled in French, and the applicant can switch to Dutch at any time.
 * Without a place of employment yet (an early draft) English, the one language every applicant
 * of the single window is assumed to read.
 */
const regionLanguage: Record<Region, Language> = {
  flanders: 'nl',
  wallonia: 'fr',
  german_speaking: 'de',
  brussels: 'fr',
};

export function defaultLanguageFor(region: Region | null | undefined): Language {
  return region ? regionLanguage[region] : 'en';
}

/** The applicant's choice, else the default of the place of employment. */
export function effectiveLanguage(chosen: Language | null | undefined, region: Region | null | undefined) {
  return chosen ?? defaultLanguageFor(region);
}

/** BCP 47 tags for dates and numbers in each language, as written in Belgium. */
export const localeOf: Record<Language, string> = {
  nl: 'nl-BE',
  fr: 'fr-BE',
  de: 'de-BE',
  en: 'en-GB',
};

/** A calendar date written out in the language ("14 maart 2026", "14 mars 2026"), in Brussels time. */
export function formatDate(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(localeOf[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Brussels',
  }).format(date);
}
