import { defineMessages } from '@loket/i18n';

/** Words the small shared parts use when the page gives none. */
export const commonMessages = defineMessages({
  en: {
    cancel: 'Cancel',
    loading: 'Loading…',
    notGiven: 'Not given',
    none: '(none given)',
  },
  nl: {
    cancel: 'Annuleren',
    loading: 'Bezig met laden…',
    notGiven: 'Niet opgegeven',
    none: '(niets opgegeven)',
  },
  fr: {
    cancel: 'Annuler',
    loading: 'Chargement…',
    notGiven: 'Non renseigné',
    none: '(rien d’indiqué)',
  },
  de: {
    cancel: 'Abbrechen',
    loading: 'Wird geladen…',
    notGiven: 'Nicht angegeben',
    none: '(keine Angabe)',
  },
});
