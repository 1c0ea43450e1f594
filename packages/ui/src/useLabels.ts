import type { Language } from '@loket/i18n';
import { useI18n } from '@loket/i18n/react';
import { useMemo } from 'react';
import {
  actionMessages,
  audienceMessages,
  authorityMessages,
  categoryHelpMessages,
  categoryMessages,
  checklistStatusMessages,
  documentTypeMessages,
  groundMessages,
  outcomeMessages,
  partMessages,
  problemMessages,
  provinceMessages,
  regionInSentenceMessages,
  regionMessages,
  requirementMessages,
  roleMessages,
  scanStatusMessages,
  sexMessages,
  situationMessages,
  stateHelpMessages,
  stateMessages,
  supplementStatusMessages,
} from './labels.messages.ts';

const countryNames = new Map<Language, Intl.DisplayNames | null>();

/** Every code's words in one language: records for `optionsOf`, functions for open-ended codes. */
export function labelsIn(language: Language) {
  const action = actionMessages[language] as Readonly<Record<string, string>>;
  const role = roleMessages[language] as Readonly<Record<string, string>>;
  return {
    language,
    state: stateMessages[language],
    stateHelp: stateHelpMessages[language],
    category: categoryMessages[language],
    /** One plain sentence per category: who it is for. */
    categoryHelp: categoryHelpMessages[language],
    documentType: documentTypeMessages[language],
    ground: groundMessages[language],
    region: regionMessages[language],
    /** A region's name inside a sentence (with its article where the language needs one). */
    regionInSentence: regionInSentenceMessages[language],
    province: provinceMessages[language],
    sex: sexMessages[language],
    situation: situationMessages[language],
    audience: audienceMessages[language],
    outcome: outcomeMessages[language],
    part: partMessages[language],
    authority: authorityMessages[language],
    requirement: requirementMessages[language],
    checklistStatus: checklistStatusMessages[language],
    scanStatus: scanStatusMessages[language],
    supplementStatus: supplementStatusMessages[language],
    problem: problemMessages[language],
    /** A history entry's action; an action the table does not know reads as words, not a code. */
    action(code: string): string {
      const known = action[code];
      if (known) return known;
      const words = code.replaceAll('_', ' ');
      return words.charAt(0).toUpperCase() + words.slice(1);
    },
    /** A role, or the comma-separated roles of an actor with several. */
    role(codes: string): string {
      return codes
        .split(',')
        .map((r) => role[r.trim()] ?? r.trim())
        .join(', ');
    },
    /** A country's name from its ISO 3166-1 alpha-2 code, in this language; the code if unknown. */
    country(code: string): string {
      return countryNameIn(language, code);
    },
    /**
     * A label inside a sentence: lower case first letter, except in German (nouns keep their
     * capital) and for an abbreviation ("CV", "PDF").
     */
    inSentence(label: string): string {
      if (language === 'de' || /^[A-Z]{2}/.test(label)) return label;
      return label.charAt(0).toLowerCase() + label.slice(1);
    },
  };
}

export type Labels = ReturnType<typeof labelsIn>;

export function countryNameIn(language: Language, code: string): string {
  let names = countryNames.get(language);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([language], { type: 'region' });
    } catch {
      names = null;
    }
    countryNames.set(language, names);
  }
  try {
    return names?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** The vocabulary in the screen's language (English outside a language provider, as in the inboxes). */
export function useLabels(): Labels {
  const { language } = useI18n();
  return useMemo(() => labelsIn(language), [language]);
}
