import type { MailKind } from '@loket/contracts';
import type { Language, Part } from '@loket/domain';

/**
 * What Loket e-mails applicants, per language. A mail may be read by anyone who sees the inbox or
 * the mail servers on the way, so it says only that something happened, with the application's
 * reference and a link to the portal page (behind login): never the worker's or employer's
 * name, the outcome of a decision, the grounds, the requested documents or the message of a
 * request. The deadline of a request is in it because missing it has consequences.
 */
export interface MailParams {
  reference: string;
  /** The application's page in the portal. */
  link: string;
  /** supplement_requested: the answer deadline, written out. */
  dueDate?: string;
  /** supplement_requested and decision: which service. */
  part?: Part;
}

type Texts = Record<Language, string>;

const service: Record<Part, Texts> = {
  work: {
    nl: 'de gewestelijke dienst werk',
    fr: 'le service régional de l’emploi',
    de: 'die regionale Arbeitsbehörde',
    en: 'the regional work service',
  },
  residence: {
    nl: 'de Dienst Vreemdelingenzaken',
    fr: 'l’Office des Étrangers',
    de: 'das Ausländeramt',
    en: 'the Immigration Office',
  },
};

const partName: Record<Part, Texts> = {
  work: { nl: 'het arbeidsgedeelte', fr: 'le volet travail', de: 'den Arbeitsteil', en: 'the work part' },
  residence: {
    nl: 'het verblijfsgedeelte',
    fr: 'le volet séjour',
    de: 'den Aufenthaltsteil',
    en: 'the residence part',
  },
};

const subjects: Record<MailKind, Texts> = {
  submission_received: {
    nl: 'Aanvraag {reference} ontvangen',
    fr: 'Demande {reference} reçue',
    de: 'Antrag {reference} eingegangen',
    en: 'Application {reference} received',
  },
  supplement_requested: {
    nl: 'Aanvraag {reference}: aanvulling gevraagd',
    fr: 'Demande {reference} : complément demandé',
    de: 'Antrag {reference}: Ergänzung angefordert',
    en: 'Application {reference}: more information requested',
  },
  decision: {
    nl: 'Aanvraag {reference}: er is een beslissing',
    fr: 'Demande {reference} : une décision a été prise',
    de: 'Antrag {reference}: eine Entscheidung liegt vor',
    en: 'Application {reference}: a decision has been taken',
  },
};

const bodies: Record<MailKind, Texts> = {
  submission_received: {
    nl: 'Uw aanvraag {reference} voor een gecombineerde vergunning is goed ontvangen en wordt behandeld.\n\nVolg ze op in het portaal:\n{link}',
    fr: 'Votre demande {reference} de permis unique a bien été reçue et est en cours de traitement.\n\nSuivez-la dans le portail :\n{link}',
    de: 'Ihr Antrag {reference} auf eine kombinierte Erlaubnis ist eingegangen und wird bearbeitet.\n\nVerfolgen Sie ihn im Portal:\n{link}',
    en: 'Your application {reference} for a single permit has been received and is being handled.\n\nFollow it in the portal:\n{link}',
  },
  supplement_requested: {
    nl: '{service} vraagt bijkomende documenten of inlichtingen over aanvraag {reference}.\n\nAntwoord in het portaal vóór {dueDate}:\n{link}\n\nDe beslissingstermijn staat stil tot u antwoordt.',
    fr: '{service} demande des documents ou renseignements complémentaires concernant la demande {reference}.\n\nRépondez dans le portail avant le {dueDate} :\n{link}\n\nLe délai de décision est suspendu jusqu’à votre réponse.',
    de: '{service} bittet um zusätzliche Unterlagen oder Angaben zum Antrag {reference}.\n\nAntworten Sie im Portal vor dem {dueDate}:\n{link}\n\nDie Entscheidungsfrist ruht, bis Sie antworten.',
    en: '{service} asks for more documents or information about application {reference}.\n\nAnswer in the portal before {dueDate}:\n{link}\n\nThe decision period is paused until you answer.',
  },
  decision: {
    nl: 'Er is een beslissing genomen over {part} van aanvraag {reference}.\n\nLees de beslissing en de beslissingsbrief in het portaal:\n{link}',
    fr: 'Une décision a été prise sur {part} de la demande {reference}.\n\nLisez la décision et la lettre de décision dans le portail :\n{link}',
    de: 'Über {part} des Antrags {reference} wurde entschieden.\n\nLesen Sie die Entscheidung und das Entscheidungsschreiben im Portal:\n{link}',
    en: 'A decision has been taken on {part} of application {reference}.\n\nRead the decision and the decision letter in the portal:\n{link}',
  },
};

const signature: Texts = {
  nl: 'Dit is een automatisch bericht van Loket, het uniek loket voor de gecombineerde vergunning. Antwoord er niet op.',
  fr: 'Ceci est un message automatique de Loket, le guichet unique du permis unique. N’y répondez pas.',
  de: 'Dies ist eine automatische Nachricht von Loket, der einheitlichen Anlaufstelle für die kombinierte Erlaubnis. Bitte antworten Sie nicht darauf.',
  en: 'This is an automatic message from Loket, the single window for the single permit. Do not reply to it.',
};

const optOut: Texts = {
  nl: 'U kunt ontvangstbevestigingen uitzetten in de meldingsinstellingen van het portaal.',
  fr: 'Vous pouvez désactiver les accusés de réception dans les paramètres de notification du portail.',
  de: 'Eingangsbestätigungen können Sie in den Benachrichtigungseinstellungen des Portals abschalten.',
  en: 'You can turn off receipts like this one in the portal’s notification settings.',
};

const essential: Texts = {
  nl: 'U ontvangt dit bericht altijd, ongeacht uw meldingsinstellingen: het gaat over een vraag of een beslissing.',
  fr: 'Vous recevez toujours ce message, quels que soient vos paramètres : il concerne une demande ou une décision.',
  de: 'Diese Nachricht erhalten Sie unabhängig von Ihren Einstellungen: Sie betrifft eine Anforderung oder eine Entscheidung.',
  en: 'You always receive this message, whatever your notification settings: it concerns a request or a decision.',
};

export function composeMail(
  kind: MailKind,
  language: Language,
  p: MailParams,
): { subject: string; body: string } {
  const fill = (text: string) =>
    text
      .replaceAll('{reference}', p.reference)
      .replaceAll('{link}', p.link)
      .replaceAll('{dueDate}', p.dueDate ?? '')
      .replaceAll('{service}', p.part ? capitalise(service[p.part][language]) : '')
      .replaceAll('{part}', p.part ? partName[p.part][language] : '');
  const note = kind === 'submission_received' ? optOut[language] : essential[language];
  return {
    subject: fill(subjects[kind][language]),
    body: `${fill(bodies[kind][language])}\n\n-- \n${signature[language]}\n${note}\n`,
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
