import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type Formatters, formattersFor } from './formats.ts';
import { type Bundle, type Language, languageFromPreferences, type Params, translate } from './messages.ts';

const storageKey = 'loket.language';

export interface I18n extends Formatters {
  /** Switches every screen at once and remembers the choice on this device. */
  setLanguage(language: Language): void;
}

const I18nContext = createContext<I18n | null>(null);

/** The remembered choice on this device, else the browser's first supported language, else `fallback`. */
export function initialLanguage(fallback: Language): Language {
  if (typeof window === 'undefined') return fallback;
  const stored = languageFromPreferences([window.localStorage.getItem(storageKey) ?? '']);
  return stored ?? languageFromPreferences(window.navigator.languages ?? []) ?? fallback;
}

export interface I18nProviderProps {
  /** The language before any choice; the inboxes pass their working language. */
  initial?: Language;
  /** Told when the user picks a language (e.g. to store it on the server for other devices). */
  onChange?: (language: Language) => void;
  children: ReactNode;
}

export function I18nProvider({ initial, onChange, children }: I18nProviderProps) {
  const [language, setLanguageState] = useState<Language>(() => initial ?? initialLanguage('en'));
  // The page's language follows the screen's, for screen readers and hyphenation.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback(
    (next: Language) => {
      window.localStorage.setItem(storageKey, next);
      setLanguageState(next);
      onChange?.(next);
    },
    [onChange],
  );
  const value = useMemo<I18n>(() => ({ ...formattersFor(language), setLanguage }), [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its formatters; English outside a provider (tests, the inboxes). */
export function useI18n(): I18n {
  return useContext(I18nContext) ?? fallbackI18n;
}

const fallbackI18n: I18n = { ...formattersFor('en'), setLanguage: () => {} };

/** `t(key, params)` for one feature's bundle, in the current language. */
export function useMessages<K extends string>(bundle: Bundle<K>): (key: K, params?: Params) => string {
  const { language } = useI18n();
  return useCallback(
    (key: K, params?: Params) => translate(bundle, language, key, params),
    [bundle, language],
  );
}
