export { type DateLength, type Formatters, formattersFor } from './formats.ts';
export {
  type Bundle,
  defineMessages,
  format,
  formatNumber,
  type Language,
  languageFromPreferences,
  languageNames,
  languages,
  localeOf,
  type Params,
  placeholdersOf,
  translate,
} from './messages.ts';
