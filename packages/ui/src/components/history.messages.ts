import { defineMessages } from '@loket/i18n';

/** The application's history: who did what, when, in which role, and why. */
export const historyMessages = defineMessages({
  en: {
    heading: 'History',
    loading: 'Loading the history…',
    none: 'No history yet.',
    to: ' to ',
    state: 'State: {state}',
    reason: 'Reason: {reason}',
  },
  nl: {
    heading: 'Dossiergeschiedenis',
    loading: 'De dossiergeschiedenis wordt geladen…',
    none: 'Nog geen geschiedenis.',
    to: ' naar ',
    state: 'Status: {state}',
    reason: 'Reden: {reason}',
  },
  fr: {
    heading: 'Historique du dossier',
    loading: 'Chargement de l’historique…',
    none: 'Pas encore d’historique.',
    to: ' vers ',
    state: 'Statut : {state}',
    reason: 'Motif : {reason}',
  },
  de: {
    heading: 'Verlauf',
    loading: 'Der Verlauf wird geladen…',
    none: 'Noch kein Verlauf.',
    to: ' zu ',
    state: 'Status: {state}',
    reason: 'Grund: {reason}',
  },
});
