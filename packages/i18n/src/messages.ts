import { type Language, languages, localeOf } from '@loket/domain';

export { type Language, languages, localeOf };

/** A feature's texts: English is the source, the other languages must have exactly its keys. */
export type Bundle<K extends string = string> = { readonly [L in Language]: Readonly<Record<K, string>> };

export type Params = Readonly<Record<string, string | number>>;

/**
 * Declares a feature's texts. The type makes a key missing from nl, fr or de a compile error;
 * `messages.test.ts` checks the same at run time, with the placeholders.
 */
export function defineMessages<K extends string>(bundle: {
  en: Readonly<Record<K, string>>;
  nl: Readonly<Record<NoInfer<K>, string>>;
  fr: Readonly<Record<NoInfer<K>, string>>;
  de: Readonly<Record<NoInfer<K>, string>>;
}): Bundle<K> {
  return bundle;
}

/** The text of `key` in `language` with its placeholders filled in. */
export function translate<K extends string>(
  bundle: Bundle<K>,
  language: Language,
  key: K,
  params: Params = {},
): string {
  const text = bundle[language][key] ?? bundle.en[key];
  // A missing text shows its key rather than nothing: visible in review, never a blank button.
  if (text === undefined) return key;
  return format(text, language, params);
}

const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

function pluralCategory(language: Language, n: number): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(localeOf[language]);
    pluralRules.set(language, rules);
  }
  return rules.select(n);
}

export function formatNumber(n: number, language: Language): string {
  let f = numberFormats.get(language);
  if (!f) {
    f = new Intl.NumberFormat(localeOf[language]);
    numberFormats.set(language, f);
  }
  return f.format(n);
}

/**
 * Fills `{name}` and `{count, plural, =0 {…} one {…} other {…}}` (a small subset of ICU
 * MessageFormat: enough for our screens, no library in the bundle). Numbers are localised.
 */
export function format(text: string, language: Language, params: Params): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, open);
    const close = matchingBrace(text, open);
    out += placeholder(text.slice(open + 1, close), language, params);
    i = close + 1;
  }
  return out;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    if (text[j] === '{') depth++;
    else if (text[j] === '}' && --depth === 0) return j;
  }
  throw new Error(`Unbalanced braces in message: ${text}`);
}

function placeholder(inner: string, language: Language, params: Params): string {
  const [name = '', kind, ...rest] = inner.split(',');
  const value = params[name.trim()];
  if (kind?.trim() !== 'plural') {
    if (value === undefined) return `{${inner}}`;
    return typeof value === 'number' ? formatNumber(value, language) : value;
  }
  const n = Number(value ?? 0);
  const options = parsePluralOptions(rest.join(','));
  const chosen =
    options.get(`=${n}`) ?? options.get(pluralCategory(language, n)) ?? options.get('other') ?? '';
  return format(chosen.replaceAll('#', formatNumber(n, language)), language, params);
}

function parsePluralOptions(source: string): Map<string, string> {
  const options = new Map<string, string>();
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('{', i);
    if (open < 0) break;
    const selector = source.slice(i, open).trim();
    const close = matchingBrace(source, open);
    options.set(selector, source.slice(open + 1, close));
    i = close + 1;
  }
  return options;
}

/** The placeholder names a text uses, for checking that every translation fills the same ones. */
export function placeholdersOf(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*[,}]/g)) if (m[1]) names.add(m[1]);
  return [...names].sort();
}

/** The first supported language among the browser's preferences, else null. */
export function languageFromPreferences(preferred: readonly string[]): Language | null {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const found = languages.find((l) => l === base);
    if (found) return found;
  }
  return null;
}

/** Each language's name in itself, as a language switcher shows it. */
export const languageNames: Record<Language, string> = {
  nl: 'Nederlands',
  fr: 'Français',
  de: 'Deutsch',
  en: 'English',
};
