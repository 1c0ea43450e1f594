import * as domain from '@loket/domain';
import { languages } from '@loket/i18n';
import { describe, expect, it } from 'vitest';
import { labelsIn } from './useLabels.ts';

const lists: [string, readonly string[], (l: ReturnType<typeof labelsIn>) => Record<string, string>][] = [
  ['states', domain.applicationStates, (l) => l.state],
  ['categories', domain.categories, (l) => l.category],
  ['category explanations', domain.categories, (l) => l.categoryHelp],
  ['document types', domain.documentTypes, (l) => l.documentType],
  ['grounds', domain.decisionGrounds, (l) => l.ground],
  ['regions', domain.regions, (l) => l.region],
  ['provinces', domain.provinces, (l) => l.province],
  ['sexes', domain.sexes, (l) => l.sex],
  ['worker situations', domain.workerSituations, (l) => l.situation],
  ['decision outcomes', domain.decisionOutcomes, (l) => l.outcome],
  ['parts', domain.authorityKinds, (l) => l.part],
];

describe.each(languages)('labels in %s', (language) => {
  const labels = labelsIn(language);

  it.each(lists)('%s: one distinct label per code of the domain list', (_name, codes, pick) => {
    const values = codes.map((c) => pick(labels)[c]);
    for (const v of values) expect(v?.trim()).toBeTruthy();
    expect(new Set(values).size).toBe(values.length);
  });

  it('names every action of the procedure and reads an unknown one as words', () => {
    for (const a of domain.actions) expect(labels.action(a)).not.toBe(a);
    expect(labels.action('create_draft')).not.toContain('_');
    expect(labels.action('reopen_file')).toBe('Reopen file');
  });
});

describe('labels in a sentence and countries', () => {
  it('keeps German nouns capitalised and abbreviations as they are', () => {
    expect(labelsIn('nl').inSentence('Kopie van het paspoort')).toBe('kopie van het paspoort');
    expect(labelsIn('de').inSentence('Kopie des Reisepasses')).toBe('Kopie des Reisepasses');
    expect(labelsIn('fr').inSentence('CV')).toBe('CV');
  });

  it('names countries in the language', () => {
    expect(labelsIn('nl').country('BE')).toBe('België');
    expect(labelsIn('fr').country('in')).toBe('Inde');
    expect(labelsIn('de').country('IN')).toBe('Indien');
  });

  it('takes English from labels.ts, the inboxes’ words', () => {
    expect(labelsIn('en').category.shortage_occupation).toBe('Shortage occupation');
    expect(labelsIn('en').role('applicant,analyst')).toBe('Applicant, Analyst');
  });
});
