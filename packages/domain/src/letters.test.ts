import { describe, expect, it } from 'vitest';
import { appealRuleFor, appealRules, appealText } from './appeals.ts';
import { groundSentence, groundSentences } from './ground-texts.ts';
import { decisionGrounds } from './grounds.ts';
import { defaultLanguageFor, effectiveLanguage, formatDate, languages } from './languages.ts';
import { regions } from './vocabulary.ts';

describe('decision grounds as sentences', () => {
  it.each(languages)('has a %s sentence for every coded ground, each its own', (language) => {
    for (const ground of decisionGrounds) {
      const text = groundSentences[ground]?.[language];
      expect(text, `${ground} in ${language}`).toMatch(/^\S.{10,}[.]$/);
    }
    const texts = decisionGrounds.map((g) => groundSentence(g, language));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('fails loudly for a ground without a text', () => {
    expect(() => groundSentence('no_such_ground' as never, 'nl')).toThrow(RangeError);
  });
});

describe('appeal information', () => {
  it('covers every refusal and inadmissibility of each region, and residence refusals, in every language', () => {
    for (const region of regions) {
      for (const outcome of ['refused', 'inadmissible'] as const) {
        const rule = appealRuleFor({ part: 'work', outcome, region, date: '2026-11-28' });
        expect(rule?.region, `${region} ${outcome}`).toBe(region);
        for (const language of languages) expect(rule?.text[language]).toMatch(/30/);
      }
    }
    const residence = appealRuleFor({
      part: 'residence',
      outcome: 'refused',
      region: null,
      date: '2026-11-28',
    });
    expect(residence?.text.nl).toContain('Raad voor Vreemdelingenbetwistingen');
    expect(residence?.text.fr).toContain('Conseil du contentieux des étrangers');
    expect(residence?.text.en).toContain('RvV/CCE');
    for (const rule of appealRules) expect(rule.source.length).toBeGreaterThan(20);
  });

  it('names the region’s own minister for a work refusal', () => {
    const text = (region: (typeof regions)[number]) =>
      appealText({ part: 'work', outcome: 'refused', region, date: '2026-01-01' }, 'nl');
    expect(text('flanders')).toContain('Vlaamse minister');
    expect(text('wallonia')).toContain('Waalse minister');
    expect(text('brussels')).toContain('Brusselse Hoofdstedelijke Regering');
    expect(text('german_speaking')).toContain('Duitstalige Gemeenschap');
  });

  it('has nothing to appeal for a grant', () => {
    expect(
      appealText({ part: 'work', outcome: 'granted', region: 'flanders', date: '2026-01-01' }, 'en'),
    ).toBeNull();
  });

  it('takes the rule in force on the day of the decision', () => {
    const older = appealRules.filter((r) => r.part === 'residence');
    const first = older[0];
    if (!first) throw new Error('no residence appeal rule');
    const rules = [
      ...older,
      { ...first, validFrom: '2027-01-01', text: { nl: 'nieuw', fr: 'nouveau', de: 'neu', en: 'new' } },
    ];
    const on = (date: string) =>
      appealText({ part: 'residence', outcome: 'refused', region: null, date }, 'en', rules);
    expect(on('2026-12-31')).toContain('Council for Alien Law Litigation');
    expect(on('2027-01-01')).toBe('new');
    expect(on('2010-01-01')).toBeNull();
  });
});

describe('the applicant’s language', () => {
  it('defaults to the language of the region of the place of employment', () => {
    expect(defaultLanguageFor('flanders')).toBe('nl');
    expect(defaultLanguageFor('wallonia')).toBe('fr');
    expect(defaultLanguageFor('german_speaking')).toBe('de');
    expect(defaultLanguageFor('brussels')).toBe('fr');
    expect(defaultLanguageFor(null)).toBe('en');
    expect(effectiveLanguage('de', 'flanders')).toBe('de');
    expect(effectiveLanguage(null, 'flanders')).toBe('nl');
  });

  it('writes dates out in each language', () => {
    const d = new Date('2026-03-14T10:00:00Z');
    expect(formatDate(d, 'nl')).toBe('14 maart 2026');
    expect(formatDate(d, 'fr')).toBe('14 mars 2026');
    expect(formatDate(d, 'de')).toBe('14. März 2026');
    expect(formatDate(d, 'en')).toBe('14 March 2026');
  });
});
