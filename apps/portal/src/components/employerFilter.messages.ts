import { defineMessages } from '@loket/i18n';

export const employerFilterMessages = defineMessages({
  en: { employer: 'Employer', allEmployers: 'All employers' },
  nl: { employer: 'Werkgever', allEmployers: 'Alle werkgevers' },
  fr: { employer: 'Employeur', allEmployers: 'Tous les employeurs' },
  de: { employer: 'Arbeitgeber', allEmployers: 'Alle Arbeitgeber' },
});
