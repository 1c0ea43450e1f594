import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Bundle, defineMessages, languages, placeholdersOf, translate } from './messages.ts';

describe('translate', () => {
  const bundle = defineMessages({
    en: { greeting: 'Hello {name}', files: '{count, plural, =0 {No files} one {# file} other {# files}}' },
    nl: {
      greeting: 'Hallo {name}',
      files: '{count, plural, =0 {Geen bestanden} one {# bestand} other {# bestanden}}',
    },
    fr: {
      greeting: 'Bonjour {name}',
      files: '{count, plural, =0 {Aucun fichier} one {# fichier} other {# fichiers}}',
    },
    de: {
      greeting: 'Hallo {name}',
      files: '{count, plural, =0 {Keine Dateien} one {# Datei} other {# Dateien}}',
    },
  });

  it('fills placeholders in the chosen language', () => {
    expect(translate(bundle, 'fr', 'greeting', { name: 'Asha' })).toBe('Bonjour Asha');
  });

  it('chooses the plural form by the language and writes the number as the language does', () => {
    expect(translate(bundle, 'en', 'files', { count: 0 })).toBe('No files');
    expect(translate(bundle, 'en', 'files', { count: 1 })).toBe('1 file');
    expect(translate(bundle, 'nl', 'files', { count: 1200 })).toBe('1.200 bestanden');
    // French counts 0 and 1 as singular, but =0 is asked for explicitly; 1,5 is singular too.
    expect(translate(bundle, 'fr', 'files', { count: 1 })).toBe('1 fichier');
    expect(translate(bundle, 'de', 'files', { count: 2 })).toBe('2 Dateien');
  });

  it('leaves an unfilled placeholder visible instead of dropping it', () => {
    expect(translate(bundle, 'en', 'greeting')).toBe('Hello {name}');
  });
});

/**
 * Every `*.messages.ts` in the repository, loaded as the apps load it. A key missing in one
 * language, an empty text or a translation that drops a placeholder fails here (and the type
 * of `defineMessages` already refuses a missing key at compile time).
 */
describe('every translation bundle in the repository', async () => {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const files = findMessageFiles(root);

  it('finds the bundles (a moved folder must not make this test pass on nothing)', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    const name = relative(root, file);
    const exported = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const bundles = Object.entries(exported).filter((entry): entry is [string, Bundle] => isBundle(entry[1]));
    it(`${name} exports at least one bundle`, () => expect(bundles.length).toBeGreaterThan(0));
    for (const [exportName, bundle] of bundles) {
      it(`${name} ${exportName}: every language has every key, filled, with the same placeholders`, () => {
        const keys = Object.keys(bundle.en).sort();
        for (const language of languages) {
          expect(Object.keys(bundle[language]).sort(), `${language} keys`).toEqual(keys);
          for (const key of keys) {
            const text = bundle[language][key] ?? '';
            expect(text.trim(), `${language}.${key} is empty`).not.toBe('');
            expect(placeholdersOf(text), `${language}.${key} placeholders`).toEqual(
              placeholdersOf(bundle.en[key] ?? ''),
            );
          }
        }
      });
    }
  }
});

function isBundle(value: unknown): value is Bundle {
  return (
    typeof value === 'object' &&
    value !== null &&
    languages.every((l) => typeof (value as Record<string, unknown>)[l] === 'object')
  );
}

const skipped = new Set([
  'node_modules',
  '.git',
  '.turbo',
  '.data',
  'dist',
  'test-results',
  'playwright-report',
]);

function findMessageFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skipped.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findMessageFiles(path));
    else if (entry.name.endsWith('.messages.ts')) found.push(path);
  }
  return found;
}
