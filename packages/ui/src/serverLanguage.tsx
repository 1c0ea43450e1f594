import { type Language, languageFromPreferences } from '@loket/i18n';
import { useI18n } from '@loket/i18n/react';
import { createContext, type ReactNode, useCallback, useContext, useEffect } from 'react';
import type { ApiClient } from './api.ts';
import { useApi } from './auth.tsx';

/** Where a signed-in user's language choice is kept, so that every device they sign in on uses it. */
export interface LanguageStore {
  /** The stored choice, or null when the user never chose. */
  load(api: ApiClient): Promise<Language | null>;
  save(api: ApiClient, language: Language): Promise<void>;
}

/**
 * Ties the language provider (outside the sign-in) to the user's stored choice (inside it):
 * a choice made in the header or on a settings page is saved once the user is signed in, and on
 * sign-in the stored choice replaces this device's, unless the user chose meanwhile.
 */
export interface LanguageSync {
  /** For the provider's `onChange`: the user chose a language. */
  onChange(language: Language): void;
  store: LanguageStore;
  api: ApiClient | undefined;
  /** Counts the user's choices, so a stored language that arrives late does not undo a newer one. */
  choices: number;
  /** True while the stored language is being applied: that is not a choice to save again. */
  applying: boolean;
}

/**
 * A choice this device has not yet seen saved. A page left (or reloaded) before the save lands, or
 * a save that failed, would otherwise let the older stored language undo the choice at the next
 * sign-in; instead the next sign-in sends it again.
 */
const unsavedKey = 'loket.language.unsaved';

function unsavedChoice(): Language | null {
  return languageFromPreferences([window.localStorage.getItem(unsavedKey) ?? '']);
}

function saveChoice(store: LanguageStore, api: ApiClient, language: Language): void {
  window.localStorage.setItem(unsavedKey, language);
  // The choice already shows on this device; keeping it for the others is best effort.
  store.save(api, language).then(
    () => {
      if (window.localStorage.getItem(unsavedKey) === language) window.localStorage.removeItem(unsavedKey);
    },
    () => undefined,
  );
}

export function createLanguageSync(store: LanguageStore): LanguageSync {
  const sync: LanguageSync = {
    store,
    api: undefined,
    choices: 0,
    applying: false,
    onChange(language) {
      if (sync.applying) return;
      sync.choices++;
      if (sync.api) saveChoice(store, sync.api, language);
      else window.localStorage.setItem(unsavedKey, language);
    },
  };
  return sync;
}

const SyncContext = createContext<LanguageSync | undefined>(undefined);

/** Around the signed-in app: loads the stored language once and applies it. */
export function ServerLanguage({ sync, children }: { sync: LanguageSync; children: ReactNode }) {
  const api = useApi();
  const { setLanguage } = useI18n();
  useEffect(() => {
    sync.api = api;
    const unsaved = unsavedChoice();
    if (unsaved) {
      // This device's latest choice never reached the server: it wins over the stored one.
      saveChoice(sync.store, api, unsaved);
      return;
    }
    const choicesBefore = sync.choices;
    let current = true;
    sync.store.load(api).then(
      (stored) => {
        if (!current || !stored || sync.choices !== choicesBefore) return;
        sync.applying = true;
        try {
          setLanguage(stored);
        } finally {
          sync.applying = false;
        }
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, sync, setLanguage]);
  return <SyncContext.Provider value={sync}>{children}</SyncContext.Provider>;
}

/**
 * Shows a language the page has just stored on the server itself (a settings form that saves
 * several preferences in one request), without saving it a second time. It counts as the user's
 * choice, so a stored language still on its way does not undo it.
 */
export function useApplyStoredLanguage(): (language: Language) => void {
  const sync = useContext(SyncContext);
  const { setLanguage } = useI18n();
  return useCallback(
    (language: Language) => {
      if (!sync) {
        setLanguage(language);
        return;
      }
      sync.choices++;
      sync.applying = true;
      try {
        setLanguage(language);
      } finally {
        sync.applying = false;
      }
    },
    [sync, setLanguage],
  );
}
