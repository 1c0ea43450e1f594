import { defineMessages } from '@loket/i18n';

/** One application's page: its status, tasks, decisions, letters, documents and history. */
export const applicationMessages = defineMessages({
  en: {
    title: 'Application {reference}',
    titleLoading: 'Application',
    back: 'Back to my applications',
    loading: 'Loading the application…',
    state: 'State:',
    submitted: 'Your application was submitted.',
    answered: 'Your answer was sent.',
    decisions: 'Decisions',
    letters: 'Letters and documents from the services',
    lettersIntro:
      'What the services added to your file for you to read. Decision letters are also shown with each decision above.',
    documents: 'Your documents',
    addDocument: 'Add or replace a document',
    addDocumentText:
      'Until a decision ends the procedure you can send a new version of a document, for example a better copy, or an extra document. The services see it in the file.',
    earlierRequests: 'Earlier supplement requests',
  },
  nl: {
    title: 'Aanvraag {reference}',
    titleLoading: 'Aanvraag',
    back: 'Terug naar mijn aanvragen',
    loading: 'De aanvraag wordt geladen…',
    state: 'Status:',
    submitted: 'Uw aanvraag werd ingediend.',
    answered: 'Uw antwoord werd verstuurd.',
    decisions: 'Beslissingen',
    letters: 'Brieven en documenten van de diensten',
    lettersIntro:
      'Wat de diensten voor u aan uw dossier hebben toegevoegd. De beslissingsbrieven staan ook bij elke beslissing hierboven.',
    documents: 'Uw documenten',
    addDocument: 'Een document toevoegen of vervangen',
    addDocumentText:
      'Zolang geen beslissing de procedure beëindigt, kunt u een nieuwe versie van een document sturen, bijvoorbeeld een betere kopie, of een extra document. De diensten zien het in het dossier.',
    earlierRequests: 'Eerdere vragen om aanvulling',
  },
  fr: {
    title: 'Demande {reference}',
    titleLoading: 'Demande',
    back: 'Retour à mes demandes',
    loading: 'Chargement de la demande…',
    state: 'Statut :',
    submitted: 'Votre demande a été introduite.',
    answered: 'Votre réponse a été envoyée.',
    decisions: 'Décisions',
    letters: 'Lettres et documents des services',
    lettersIntro:
      'Ce que les services ont ajouté à votre dossier à votre intention. Les lettres de décision figurent aussi avec chaque décision ci-dessus.',
    documents: 'Vos documents',
    addDocument: 'Ajouter ou remplacer un document',
    addDocumentText:
      'Tant qu’aucune décision ne met fin à la procédure, vous pouvez envoyer une nouvelle version d’un document, par exemple une meilleure copie, ou un document supplémentaire. Les services le voient dans le dossier.',
    earlierRequests: 'Demandes de complément précédentes',
  },
  de: {
    title: 'Antrag {reference}',
    titleLoading: 'Antrag',
    back: 'Zurück zu meinen Anträgen',
    loading: 'Der Antrag wird geladen…',
    state: 'Status:',
    submitted: 'Ihr Antrag wurde eingereicht.',
    answered: 'Ihre Antwort wurde gesendet.',
    decisions: 'Entscheidungen',
    letters: 'Schreiben und Dokumente der Dienststellen',
    lettersIntro:
      'Was die Dienststellen Ihrer Akte für Sie hinzugefügt haben. Die Entscheidungsbriefe stehen auch bei jeder Entscheidung oben.',
    documents: 'Ihre Dokumente',
    addDocument: 'Ein Dokument hinzufügen oder ersetzen',
    addDocumentText:
      'Solange keine Entscheidung das Verfahren beendet, können Sie eine neue Version eines Dokuments senden, zum Beispiel eine bessere Kopie, oder ein zusätzliches Dokument. Die Dienststellen sehen es in der Akte.',
    earlierRequests: 'Frühere Nachforderungen',
  },
});
