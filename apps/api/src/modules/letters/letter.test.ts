import { languages } from '@loket/domain';
import { pdfText } from '@loket/pdf-text';
import { describe, expect, it } from 'vitest';
import { type DecisionLetterInput, letterContent, renderDecisionLetter } from './letter.ts';
import { labels, letterheads, outcomes, subjects } from './letter-texts.ts';

const input: DecisionLetterInput = {
  language: 'nl',
  part: 'work',
  outcome: 'refused',
  region: 'german_speaking',
  reference: 'LKT-2026-TEST0001',
  decidedAt: new Date('2026-11-28T10:00:00Z'),
  employer: { name: 'Café Überall BV', enterpriseNumber: '0417097129' },
  place: { street: 'Rathausplatz 1', postalCode: '4700', municipality: 'Eupen' },
  worker: { givenName: 'Şükrü', familyName: 'Öztürk 李', birthDate: '1991-03-14', nationality: 'TR' },
  jobTitle: 'Kok',
  grounds: ['salary_below_threshold'],
  motivation: 'Eerste alinea.\n\nTweede alinea met ë, é, ç en ß.',
};

describe('the letter', () => {
  it('prints every accent of nl/fr/de and names as typed; a character the font lacks becomes "?"', async () => {
    const text = await pdfText(await renderDecisionLetter(input));
    expect(text).toContain('Café Überall BV');
    expect(text).toContain('Şükrü Öztürk ?');
    expect(text).toContain('Tweede alinea met ë, é, ç en ß.');
    expect(text).toContain('ondernemingsnummer 0417.097.129');
    expect(text).toContain('Turkije');
    expect(text).toContain('Duitstalige Gemeenschap');
  });

  it('has every fixed text in every language', () => {
    for (const language of languages) {
      for (const texts of [
        ...Object.values(subjects),
        ...Object.values(outcomes),
        ...Object.values(labels),
      ]) {
        expect(texts[language]).toBeTruthy();
      }
      for (const region of Object.values(letterheads.work)) expect(region[language]).toBeTruthy();
      expect(letterheads.residence[language]).toBeTruthy();
      const content = letterContent({ ...input, language });
      expect(content.facts[0]).toEqual([labels.reference[language], input.reference]);
    }
  });

  it('runs to more pages for a long motivation, numbering the pages', async () => {
    const long = {
      ...input,
      motivation: Array.from({ length: 60 }, (_, i) => `Alinea ${i + 1}.`).join('\n'),
    };
    const text = await pdfText(await renderDecisionLetter(long));
    expect(text).toContain('Pagina 1/3');
    expect(text).toContain('Pagina 3/3');
    expect(text).toContain('Alinea 60.');
  });
});
