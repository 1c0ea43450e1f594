import type { Language } from './languages.ts';
import type { Part, Region } from './vocabulary.ts';

/**
 * How to appeal against a decision: dated reference data per part and outcome (and, for the work
 * part, per region, since each region's minister hears appeals against its work service). A rule
 * is in force from `validFrom` until a later rule for the same case replaces it, so a decision
 * always carries the text in force on the day it was taken. Texts are short on purpose: the
 * letter states the route and the time limit; the authority's site has the details. Each set
 * must be checked by the authorities' legal services before it goes live (see `source`).
 */
export interface AppealRule {
  validFrom: string;
  part: Part;
  outcome: 'refused' | 'inadmissible';
  /** Work part only: the region whose work service decided. */
  region?: Region;
  text: Record<Language, string>;
  source: string;
}

/** "to the minister ...", with the preposition each language needs, per region. */
const workAppealBody: Record<Region, Record<Language, string>> = {
  flanders: {
    nl: 'bij de Vlaamse minister bevoegd voor Werk',
    fr: 'auprès du ministre flamand compétent pour l’Emploi',
    de: 'beim flämischen Minister für Arbeit',
    en: 'to the Flemish minister responsible for Work',
  },
  brussels: {
    nl: 'bij de minister van de Brusselse Hoofdstedelijke Regering bevoegd voor Tewerkstelling',
    fr: 'auprès du ministre du Gouvernement de la Région de Bruxelles-Capitale chargé de l’Emploi',
    de: 'beim für Beschäftigung zuständigen Minister der Regierung der Region Brüssel-Hauptstadt',
    en: 'to the minister of the Brussels-Capital Government responsible for Employment',
  },
  wallonia: {
    nl: 'bij de Waalse minister bevoegd voor Werk',
    fr: 'auprès du ministre wallon de l’Emploi',
    de: 'beim wallonischen Minister für Beschäftigung',
    en: 'to the Walloon minister responsible for Employment',
  },
  german_speaking: {
    nl: 'bij de minister van de Duitstalige Gemeenschap bevoegd voor Werkgelegenheid',
    fr: 'auprès du ministre de la Communauté germanophone compétent pour l’Emploi',
    de: 'beim für Beschäftigung zuständigen Minister der Deutschsprachigen Gemeinschaft',
    en: 'to the minister of the German-speaking Community responsible for Employment',
  },
};

const workRefusal = (to: Record<Language, string>): Record<Language, string> => ({
  nl: `U kunt tegen deze beslissing beroep instellen ${to.nl}, binnen 30 dagen na de kennisgeving. Vermeld de referentie van uw aanvraag.`,
  fr: `Vous pouvez introduire un recours contre cette décision ${to.fr}, dans les 30 jours de sa notification. Mentionnez la référence de votre demande.`,
  de: `Gegen diese Entscheidung können Sie innerhalb von 30 Tagen nach ihrer Zustellung Beschwerde ${to.de} einlegen. Geben Sie das Aktenzeichen Ihres Antrags an.`,
  en: `You can appeal against this decision ${to.en} within 30 days of its notification. Quote the reference of your application.`,
});

const newApplication: Record<Language, string> = {
  nl: 'U kunt ook een nieuwe, volledige aanvraag indienen.',
  fr: 'Vous pouvez aussi introduire une nouvelle demande complète.',
  de: 'Sie können auch einen neuen, vollständigen Antrag stellen.',
  en: 'You may also file a new, complete application.',
};

const workSource =
  'Cooperation agreement of 2 February 2018 (single permit) and the regional rules on economic migration ' +
  '(Flanders: Flemish Government decree of 7 December 2018): administrative appeal to the competent regional ' +
  'minister within 30 days; texts to be confirmed by each region’s legal service';

const regionsInOrder = ['flanders', 'brussels', 'wallonia', 'german_speaking'] as const;

export const appealRules: readonly AppealRule[] = [
  ...regionsInOrder.flatMap((region): AppealRule[] => {
    const refused = workRefusal(workAppealBody[region]);
    return [
      {
        validFrom: '2018-12-24',
        part: 'work',
        outcome: 'refused',
        region,
        text: refused,
        source: workSource,
      },
      {
        validFrom: '2018-12-24',
        part: 'work',
        outcome: 'inadmissible',
        region,
        text: {
          nl: `${refused.nl} ${newApplication.nl}`,
          fr: `${refused.fr} ${newApplication.fr}`,
          de: `${refused.de} ${newApplication.de}`,
          en: `${refused.en} ${newApplication.en}`,
        },
        source: workSource,
      },
    ];
  }),
  {
    validFrom: '2018-12-24',
    part: 'residence',
    outcome: 'refused',
    text: {
      nl: 'U kunt tegen deze beslissing een beroep tot nietigverklaring (en zo nodig tot schorsing) instellen bij de Raad voor Vreemdelingenbetwistingen (RvV), binnen 30 dagen na de kennisgeving.',
      fr: 'Vous pouvez introduire un recours en annulation (et, le cas échéant, en suspension) contre cette décision devant le Conseil du contentieux des étrangers (CCE), dans les 30 jours de sa notification.',
      de: 'Gegen diese Entscheidung können Sie innerhalb von 30 Tagen nach ihrer Zustellung beim Rat für Ausländerstreitsachen (RAS) eine Nichtigkeitsklage (gegebenenfalls mit einem Antrag auf Aussetzung) einreichen.',
      en: 'You can lodge an action for annulment (and, where needed, suspension) against this decision with the Council for Alien Law Litigation (RvV/CCE) within 30 days of its notification.',
    },
    source:
      'Law of 15 December 1980 on aliens, art. 39/2 and 39/57: action before the Council for Alien Law Litigation within 30 days of notification',
  },
];

export interface AppealCase {
  part: Part;
  outcome: 'granted' | 'refused' | 'inadmissible';
  /** The region of the place of employment (decides who hears a work-part appeal). */
  region: Region | null;
  /** The day of the decision (YYYY-MM-DD). */
  date: string;
}

/**
 * The appeal rule in force for a decision, or undefined when there is nothing to appeal (a grant).
 * A region-specific rule wins over a general one of the same date.
 */
export function appealRuleFor(
  c: AppealCase,
  rules: readonly AppealRule[] = appealRules,
): AppealRule | undefined {
  if (c.outcome === 'granted') return undefined;
  const candidates = rules
    .filter(
      (r) =>
        r.part === c.part &&
        r.outcome === c.outcome &&
        r.validFrom <= c.date &&
        (r.region === undefined || r.region === c.region),
    )
    .sort(
      (a, b) =>
        b.validFrom.localeCompare(a.validFrom) ||
        Number(b.region !== undefined) - Number(a.region !== undefined),
    );
  return candidates[0];
}

/** The appeal text for a decision in a language; null for a grant. */
export function appealText(c: AppealCase, language: Language, rules?: readonly AppealRule[]): string | null {
  return appealRuleFor(c, rules)?.text[language] ?? null;
}
