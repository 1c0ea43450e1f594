import { defineMessages } from '@loket/i18n';

/** The applicant's settings: the portal's language and the e-mails they receive. */
export const settingsMessages = defineMessages({
  en: {
    title: 'Settings',
    intro: 'Your settings are kept with your account, so they are the same on every device you sign in on.',
    loading: 'Loading your settings…',
    languageHeading: 'Language',
    languageLegend: 'Language of the portal',
    languageHint:
      'E-mails and letters about an application are written in the language chosen for that application.',
    emailHeading: 'E-mail notifications',
    nonEssential: 'E-mail me a receipt when an application is submitted',
    nonEssentialHint: 'You can also read everything under Messages.',
    alwaysSent:
      'Always sent, whatever you choose, because they start a deadline or end a part of the procedure:',
    mailSubmission: 'the receipt of a submitted application',
    mailSupplement: 'a request for more information',
    mailDecision: 'a decision',
    save: 'Save settings',
    saving: 'Saving…',
    saved: 'Your settings were saved.',
  },
  nl: {
    title: 'Instellingen',
    intro:
      'Uw instellingen worden bij uw account bewaard en gelden dus op elk toestel waarop u zich aanmeldt.',
    loading: 'Uw instellingen worden geladen…',
    languageHeading: 'Taal',
    languageLegend: 'Taal van het portaal',
    languageHint:
      'E-mails en brieven over een aanvraag worden geschreven in de taal die voor die aanvraag gekozen is.',
    emailHeading: 'Meldingen per e-mail',
    nonEssential: 'Stuur mij een ontvangstbevestiging per e-mail wanneer een aanvraag is ingediend',
    nonEssentialHint: 'U kunt ook alles lezen onder Berichten.',
    alwaysSent:
      'Altijd verstuurd, wat u ook kiest, omdat ze een termijn laten lopen of een luik van de procedure afsluiten:',
    mailSubmission: 'de ontvangstbevestiging van een ingediende aanvraag',
    mailSupplement: 'een vraag om aanvulling',
    mailDecision: 'een beslissing',
    save: 'Instellingen opslaan',
    saving: 'Bezig met opslaan…',
    saved: 'Uw instellingen werden opgeslagen.',
  },
  fr: {
    title: 'Paramètres',
    intro:
      'Vos paramètres sont conservés avec votre compte : ils sont les mêmes sur chaque appareil où vous vous connectez.',
    loading: 'Chargement de vos paramètres…',
    languageHeading: 'Langue',
    languageLegend: 'Langue du portail',
    languageHint:
      'Les e-mails et les lettres concernant une demande sont rédigés dans la langue choisie pour cette demande.',
    emailHeading: 'Notifications par e-mail',
    nonEssential: 'M’envoyer un accusé de réception par e-mail lorsqu’une demande est introduite',
    nonEssentialHint: 'Vous pouvez aussi tout lire dans Messages.',
    alwaysSent:
      'Toujours envoyés, quel que soit votre choix, parce qu’ils font courir un délai ou clôturent un volet de la procédure :',
    mailSubmission: 'l’accusé de réception d’une demande introduite',
    mailSupplement: 'une demande de complément',
    mailDecision: 'une décision',
    save: 'Enregistrer les paramètres',
    saving: 'Enregistrement…',
    saved: 'Vos paramètres ont été enregistrés.',
  },
  de: {
    title: 'Einstellungen',
    intro:
      'Ihre Einstellungen werden mit Ihrem Konto gespeichert und gelten daher auf jedem Gerät, auf dem Sie sich anmelden.',
    loading: 'Ihre Einstellungen werden geladen…',
    languageHeading: 'Sprache',
    languageLegend: 'Sprache des Portals',
    languageHint:
      'E-Mails und Schreiben zu einem Antrag werden in der Sprache verfasst, die für diesen Antrag gewählt wurde.',
    emailHeading: 'Benachrichtigungen per E-Mail',
    nonEssential: 'Mir eine Eingangsbestätigung per E-Mail senden, wenn ein Antrag eingereicht wurde',
    nonEssentialHint: 'Sie können auch alles unter Nachrichten lesen.',
    alwaysSent:
      'Immer gesendet, unabhängig von Ihrer Wahl, weil sie eine Frist auslösen oder einen Teil des Verfahrens abschließen:',
    mailSubmission: 'die Eingangsbestätigung eines eingereichten Antrags',
    mailSupplement: 'eine Nachforderung',
    mailDecision: 'eine Entscheidung',
    save: 'Einstellungen speichern',
    saving: 'Wird gespeichert…',
    saved: 'Ihre Einstellungen wurden gespeichert.',
  },
});
