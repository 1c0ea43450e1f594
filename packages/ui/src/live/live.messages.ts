import { defineMessages } from '@loket/i18n';

/** The quiet line under a page's heading that says the content was updated from elsewhere. */
export const liveMessages = defineMessages({
  en: {
    updatedNow: 'Updated just now.',
    updatedAt: 'Updated at {time}.',
    offline: 'Not updating automatically right now; reload the page to see changes.',
  },
  nl: {
    updatedNow: 'Zonet bijgewerkt.',
    updatedAt: 'Bijgewerkt om {time}.',
    offline: 'Deze pagina wordt nu niet automatisch bijgewerkt; laad ze opnieuw om wijzigingen te zien.',
  },
  fr: {
    updatedNow: 'Mis à jour à l’instant.',
    updatedAt: 'Mis à jour à {time}.',
    offline:
      'La page ne se met pas à jour automatiquement pour le moment ; rechargez-la pour voir les changements.',
  },
  de: {
    updatedNow: 'Soeben aktualisiert.',
    updatedAt: 'Aktualisiert um {time}.',
    offline:
      'Die Seite wird gerade nicht automatisch aktualisiert; laden Sie sie neu, um Änderungen zu sehen.',
  },
});
