import type { Language } from './languages.ts';
import { inForce } from './salary-thresholds.ts';
import type { Region } from './vocabulary.ts';

/**
 * Occupations are coded as ISCO-08 unit groups (four digits), the classification all four regions'
 * employment services map their own lists onto, so one code means the same function everywhere.
 */
export const occupationCodePattern = /^\d{4}$/;

/** The labels of the occupations the shortage lists below name, in the applicant's languages. */
export const occupationLabels: Readonly<Record<string, Record<Language, string>>> = {
  '3113': {
    nl: 'Elektrotechnicus',
    fr: 'Technicien en électricité',
    de: 'Elektrotechniker',
    en: 'Electrical engineering technician',
  },
  '3512': {
    nl: 'ICT-supportmedewerker',
    fr: 'Technicien support informatique',
    de: 'IT-Supporttechniker',
    en: 'ICT user support technician',
  },
  '5120': { nl: 'Kok', fr: 'Cuisinier', de: 'Koch', en: 'Cook' },
  '5321': { nl: 'Zorgkundige', fr: 'Aide-soignant', de: 'Pflegehelfer', en: 'Health care assistant' },
  '7112': { nl: 'Metselaar', fr: 'Maçon', de: 'Maurer', en: 'Bricklayer' },
  '7115': { nl: 'Timmerman', fr: 'Charpentier-menuisier', de: 'Zimmerer und Tischler', en: 'Carpenter' },
  '7126': { nl: 'Loodgieter', fr: 'Plombier', de: 'Installateur', en: 'Plumber' },
  '7127': { nl: 'Koeltechnicus', fr: 'Frigoriste', de: 'Kälteanlagenbauer', en: 'Refrigeration mechanic' },
  '7212': { nl: 'Lasser', fr: 'Soudeur', de: 'Schweißer', en: 'Welder' },
  '7223': {
    nl: 'CNC-operator',
    fr: 'Opérateur sur machine CNC',
    de: 'CNC-Maschinenbediener',
    en: 'CNC machine tool setter',
  },
  '7231': { nl: 'Automecanicien', fr: 'Mécanicien automobile', de: 'Kfz-Mechaniker', en: 'Motor mechanic' },
  '7233': {
    nl: 'Onderhoudsmecanicien',
    fr: 'Mécanicien de maintenance industrielle',
    de: 'Industriemechaniker',
    en: 'Industrial maintenance mechanic',
  },
  '7411': { nl: 'Elektricien', fr: 'Électricien du bâtiment', de: 'Elektriker', en: 'Building electrician' },
  '8332': {
    nl: 'Vrachtwagenchauffeur',
    fr: 'Chauffeur poids lourd',
    de: 'Lkw-Fahrer',
    en: 'Heavy truck driver',
  },
};

/**
 * A region's list of shortage occupations (knelpuntberoepen, métiers en pénurie, Mangelberufe)
 * from a date on. REFERENCE DATA TO BE MAINTAINED: the regional employment services (VDAB,
 * Actiris, Le Forem, ADG) publish a new list every year; it is added with its date, never edited
 * into an older one. The lists here are the mid-skilled functions relevant to the single permit
 * as entered for the pilot, a subset of each published list: complete them from the source named.
 */
export interface ShortageOccupationList {
  region: Region;
  validFrom: string;
  source: string;
  /** ISCO-08 unit groups, each with a label in `occupationLabels`. */
  codes: readonly string[];
}

export const shortageOccupationLists: readonly ShortageOccupationList[] = [
  {
    region: 'flanders',
    validFrom: '2025-01-01',
    source: 'VDAB, knelpuntberoepen 2025 (mid-skilled functions eligible for the single permit), subset',
    codes: ['3113', '5120', '5321', '7115', '7126', '7127', '7212', '7223', '7231', '7233', '7411', '8332'],
  },
  {
    region: 'flanders',
    validFrom: '2026-01-01',
    source: 'VDAB, knelpuntberoepen 2026 (mid-skilled functions eligible for the single permit), subset',
    codes: ['3113', '5321', '7112', '7115', '7126', '7127', '7212', '7223', '7231', '7233', '7411', '8332'],
  },
  {
    region: 'brussels',
    validFrom: '2025-01-01',
    source: 'Actiris, fonctions critiques 2025, subset',
    codes: ['3512', '5120', '5321', '7126', '7231', '7411', '8332'],
  },
  {
    region: 'brussels',
    validFrom: '2026-01-01',
    source: 'Actiris, fonctions critiques 2026, subset',
    codes: ['5120', '5321', '7126', '7127', '7231', '7411', '8332'],
  },
  {
    region: 'wallonia',
    validFrom: '2025-01-01',
    source: 'Le Forem, métiers en pénurie 2025, subset',
    codes: ['5321', '7115', '7126', '7212', '7223', '7233', '7411', '8332'],
  },
  {
    region: 'wallonia',
    validFrom: '2026-01-01',
    source: 'Le Forem, métiers en pénurie 2026, subset',
    codes: ['5321', '7115', '7126', '7212', '7223', '7231', '7233', '7411'],
  },
  {
    region: 'german_speaking',
    validFrom: '2025-01-01',
    source: 'Arbeitsamt der DG (ADG), Mangelberufe 2025, subset',
    codes: ['5321', '7115', '7126', '7212', '7231', '7411'],
  },
  {
    region: 'german_speaking',
    validFrom: '2026-01-01',
    source: 'Arbeitsamt der DG (ADG), Mangelberufe 2026, subset',
    codes: ['5321', '7115', '7126', '7127', '7231', '7411'],
  },
];

export interface ShortageOccupation {
  code: string;
  label: Record<Language, string>;
}

/**
 * The region's shortage list on `date` (YYYY-MM-DD), with labels, for the applicant to choose
 * from; undefined when no list was in force then.
 */
export function shortageListOn(
  region: Region,
  date: string,
  lists: readonly ShortageOccupationList[] = shortageOccupationLists,
): { validFrom: string; occupations: ShortageOccupation[] } | undefined {
  const list = inForce(
    lists.filter((l) => l.region === region),
    date,
  );
  if (!list) return undefined;
  return {
    validFrom: list.validFrom,
    occupations: list.codes.map((code) => ({
      code,
      label: occupationLabels[code] ?? { nl: code, fr: code, de: code, en: code },
    })),
  };
}
