import { defineMessages } from '@loket/i18n';

/** Checklists of documents and the applicant's upload. */
export const applicantDocumentMessages = defineMessages({
  en: {
    uploaded: 'uploaded',
    notUploaded: 'not uploaded yet',
    uploadHeading: 'Upload a document',
  },
  nl: {
    uploaded: 'opgeladen',
    notUploaded: 'nog niet opgeladen',
    uploadHeading: 'Een document opladen',
  },
  fr: {
    uploaded: 'chargé',
    notUploaded: 'pas encore chargé',
    uploadHeading: 'Charger un document',
  },
  de: {
    uploaded: 'hochgeladen',
    notUploaded: 'noch nicht hochgeladen',
    uploadHeading: 'Ein Dokument hochladen',
  },
});
