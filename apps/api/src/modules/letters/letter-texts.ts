import type { Language, Part, Region } from '@loket/domain';

/**
 * The fixed wording of decision letters in each language. Coded grounds and appeal information
 * are reference data of @loket/domain (ground-texts.ts, appeals.ts); this is the frame around them.
 */

type Texts = Record<Language, string>;

/** The deciding authority as its letterhead names it. */
export const letterheads: { work: Record<Region, Texts>; residence: Texts } = {
  work: {
    flanders: {
      nl: 'Vlaamse overheid · Departement Werk en Sociale Economie · Afdeling Economische Migratie',
      fr: 'Gouvernement flamand · Département Emploi et Économie sociale · Migration économique',
      de: 'Flämische Regierung · Departement Arbeit und Sozialwirtschaft · Wirtschaftsmigration',
      en: 'Flemish Government · Department of Work and Social Economy · Economic Migration',
    },
    brussels: {
      nl: 'Brussel Economie en Werkgelegenheid · Directie Economische Migratie',
      fr: 'Bruxelles Économie et Emploi · Direction de la Migration économique',
      de: 'Brüssel Wirtschaft und Beschäftigung · Direktion Wirtschaftsmigration',
      en: 'Brussels Economy and Employment · Economic Migration Directorate',
    },
    wallonia: {
      nl: 'Waalse Overheidsdienst Economie, Werkgelegenheid, Onderzoek · Directie Arbeidsvergunningen',
      fr: 'Service public de Wallonie Économie, Emploi, Recherche · Direction des permis de travail',
      de: 'Öffentlicher Dienst der Wallonie Wirtschaft, Beschäftigung, Forschung · Direktion Arbeitserlaubnisse',
      en: 'Public Service of Wallonia Economy, Employment, Research · Work Permits Directorate',
    },
    german_speaking: {
      nl: 'Ministerie van de Duitstalige Gemeenschap · Afdeling Werkgelegenheid',
      fr: 'Ministère de la Communauté germanophone · Service Emploi',
      de: 'Ministerium der Deutschsprachigen Gemeinschaft · Fachbereich Beschäftigung',
      en: 'Ministry of the German-speaking Community · Employment Department',
    },
  },
  residence: {
    nl: 'FOD Binnenlandse Zaken · Dienst Vreemdelingenzaken',
    fr: 'SPF Intérieur · Office des Étrangers',
    de: 'FÖD Inneres · Ausländeramt',
    en: 'FPS Home Affairs · Immigration Office',
  },
};

/** Which decision a letter states. */
export type LetterKind =
  | 'inadmissible'
  | 'work_granted'
  | 'work_refused'
  | 'residence_refused'
  | 'permit_granted';

export const subjects: Record<LetterKind, Texts> = {
  inadmissible: {
    nl: 'Beslissing over de ontvankelijkheid van de aanvraag voor een gecombineerde vergunning',
    fr: 'Décision sur la recevabilité de la demande de permis unique',
    de: 'Entscheidung über die Zulässigkeit des Antrags auf eine kombinierte Erlaubnis',
    en: 'Decision on the admissibility of the application for a single permit',
  },
  work_granted: {
    nl: 'Beslissing over het arbeidsgedeelte van de aanvraag voor een gecombineerde vergunning',
    fr: 'Décision sur le volet travail de la demande de permis unique',
    de: 'Entscheidung über den Arbeitsteil des Antrags auf eine kombinierte Erlaubnis',
    en: 'Decision on the work part of the application for a single permit',
  },
  work_refused: {
    nl: 'Beslissing over het arbeidsgedeelte van de aanvraag voor een gecombineerde vergunning',
    fr: 'Décision sur le volet travail de la demande de permis unique',
    de: 'Entscheidung über den Arbeitsteil des Antrags auf eine kombinierte Erlaubnis',
    en: 'Decision on the work part of the application for a single permit',
  },
  residence_refused: {
    nl: 'Beslissing over het verblijfsgedeelte van de aanvraag voor een gecombineerde vergunning',
    fr: 'Décision sur le volet séjour de la demande de permis unique',
    de: 'Entscheidung über den Aufenthaltsteil des Antrags auf eine kombinierte Erlaubnis',
    en: 'Decision on the residence part of the application for a single permit',
  },
  permit_granted: {
    nl: 'Gecombineerde vergunning toegekend',
    fr: 'Permis unique délivré',
    de: 'Kombinierte Erlaubnis erteilt',
    en: 'Single permit granted',
  },
};

/** The decision itself, in one or two sentences. */
export const outcomes: Record<LetterKind, Texts> = {
  inadmissible: {
    nl: 'De aanvraag is onontvankelijk.',
    fr: 'La demande est irrecevable.',
    de: 'Der Antrag ist unzulässig.',
    en: 'The application is inadmissible.',
  },
  work_granted: {
    nl: 'Het arbeidsgedeelte van de aanvraag wordt toegestaan. Het dossier gaat naar de Dienst Vreemdelingenzaken, die over het verblijfsgedeelte beslist.',
    fr: 'Le volet travail de la demande est accordé. Le dossier est transmis à l’Office des Étrangers, qui statue sur le volet séjour.',
    de: 'Der Arbeitsteil des Antrags wird bewilligt. Die Akte geht an das Ausländeramt, das über den Aufenthaltsteil entscheidet.',
    en: 'The work part of the application is granted. The file goes to the Immigration Office, which decides on the residence part.',
  },
  work_refused: {
    nl: 'Het arbeidsgedeelte van de aanvraag wordt geweigerd.',
    fr: 'Le volet travail de la demande est refusé.',
    de: 'Der Arbeitsteil des Antrags wird abgelehnt.',
    en: 'The work part of the application is refused.',
  },
  residence_refused: {
    nl: 'Het verblijfsgedeelte van de aanvraag wordt geweigerd. De gecombineerde vergunning wordt dus niet toegekend.',
    fr: 'Le volet séjour de la demande est refusé. Le permis unique n’est donc pas délivré.',
    de: 'Der Aufenthaltsteil des Antrags wird abgelehnt. Die kombinierte Erlaubnis wird daher nicht erteilt.',
    en: 'The residence part of the application is refused. The single permit is therefore not granted.',
  },
  permit_granted: {
    nl: 'De gecombineerde vergunning wordt toegekend: zowel het arbeidsgedeelte als het verblijfsgedeelte zijn positief. De werknemer mag voor deze werkgever werken en in België verblijven.',
    fr: 'Le permis unique est délivré : le volet travail et le volet séjour sont tous deux favorables. Le travailleur est autorisé à travailler pour cet employeur et à séjourner en Belgique.',
    de: 'Die kombinierte Erlaubnis wird erteilt: Sowohl der Arbeitsteil als auch der Aufenthaltsteil sind positiv. Der Arbeitnehmer darf für diesen Arbeitgeber arbeiten und sich in Belgien aufhalten.',
    en: 'The single permit is granted: both the work part and the residence part are positive. The worker is authorised to work for this employer and to reside in Belgium.',
  },
};

export const labels: Record<
  | 'title'
  | 'reference'
  | 'date'
  | 'employer'
  | 'enterpriseNumber'
  | 'place'
  | 'worker'
  | 'born'
  | 'nationality'
  | 'function'
  | 'decision'
  | 'grounds'
  | 'motivation'
  | 'appeal'
  | 'page',
  Texts
> = {
  title: {
    nl: 'Gecombineerde vergunning (arbeid en verblijf)',
    fr: 'Permis unique (travail et séjour)',
    de: 'Kombinierte Erlaubnis (Arbeit und Aufenthalt)',
    en: 'Single permit (work and residence)',
  },
  reference: { nl: 'Referentie', fr: 'Référence', de: 'Aktenzeichen', en: 'Reference' },
  date: { nl: 'Datum', fr: 'Date', de: 'Datum', en: 'Date' },
  employer: { nl: 'Werkgever', fr: 'Employeur', de: 'Arbeitgeber', en: 'Employer' },
  enterpriseNumber: {
    nl: 'ondernemingsnummer',
    fr: 'numéro d’entreprise',
    de: 'Unternehmensnummer',
    en: 'enterprise number',
  },
  place: {
    nl: 'Plaats van tewerkstelling',
    fr: 'Lieu d’occupation',
    de: 'Beschäftigungsort',
    en: 'Place of employment',
  },
  worker: { nl: 'Werknemer', fr: 'Travailleur', de: 'Arbeitnehmer', en: 'Worker' },
  born: { nl: 'geboren op', fr: 'né(e) le', de: 'geboren am', en: 'born' },
  nationality: { nl: 'nationaliteit', fr: 'nationalité', de: 'Staatsangehörigkeit', en: 'nationality' },
  function: { nl: 'Functie', fr: 'Fonction', de: 'Funktion', en: 'Function' },
  decision: { nl: 'Beslissing', fr: 'Décision', de: 'Entscheidung', en: 'Decision' },
  grounds: { nl: 'Gronden', fr: 'Motifs', de: 'Gründe', en: 'Grounds' },
  motivation: { nl: 'Motivering', fr: 'Motivation', de: 'Begründung', en: 'Motivation' },
  appeal: { nl: 'Beroep', fr: 'Voies de recours', de: 'Rechtsbehelf', en: 'Appeal' },
  page: { nl: 'Pagina', fr: 'Page', de: 'Seite', en: 'Page' },
};

/** The closing line: who sent it, and where the original is. */
export const footer: Texts = {
  nl: 'Deze brief werd opgemaakt via Loket, het uniek loket voor de gecombineerde vergunning, namens de dienst vermeld in de hoofding. U vindt hem ook in het portaal onder referentie {reference}.',
  fr: 'Cette lettre a été établie via Loket, le guichet unique du permis unique, au nom du service mentionné en en-tête. Vous la trouvez aussi dans le portail sous la référence {reference}.',
  de: 'Dieses Schreiben wurde über Loket, die einheitliche Anlaufstelle für die kombinierte Erlaubnis, im Namen der im Briefkopf genannten Behörde erstellt. Sie finden es auch im Portal unter dem Aktenzeichen {reference}.',
  en: 'This letter was drawn up through Loket, the single window for the single permit, on behalf of the service named in the letterhead. You also find it in the portal under reference {reference}.',
};

export function letterKindOf(part: Part, outcome: 'granted' | 'refused' | 'inadmissible'): LetterKind {
  if (outcome === 'inadmissible') return 'inadmissible';
  if (part === 'work') return outcome === 'granted' ? 'work_granted' : 'work_refused';
  return outcome === 'granted' ? 'permit_granted' : 'residence_refused';
}
