import { defineMessages } from '@loket/i18n';

/** Checklists of documents and the applicant's upload. */
export const applicantDocumentMessages = defineMessages({
  en: {
    item: '{document}: {status}',
    colon: ':',
    uploaded: 'uploaded',
    notUploaded: 'not uploaded yet',
    uploadHeading: 'Upload a document',
  },
  nl: {
    item: '{document}: {status}',
    colon: ':',
    uploaded: 'opgeladen',
    notUploaded: 'nog niet opgeladen',
    uploadHeading: 'Een document opladen',
  },
  fr: {
    item: '{document} : {status}',
    colon: ' :',
    uploaded: 'chargé',
    notUploaded: 'pas encore chargé',
    uploadHeading: 'Charger un document',
  },
  de: {
    item: '{document}: {status}',
    colon: ':',
    uploaded: 'hochgeladen',
    notUploaded: 'noch nicht hochgeladen',
    uploadHeading: 'Ein Dokument hochladen',
  },
});
