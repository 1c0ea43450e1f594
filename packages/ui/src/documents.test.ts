import type { ChecklistItem } from '@loket/contracts';
import { describe, expect, it } from 'vitest';
import {
  applicantDocumentTypes,
  authorityDocumentTypes,
  checklistTypesFirst,
  firstMissingMandatory,
  inSentence,
  missingDocumentMessage,
} from './documents.ts';

const researcher: ChecklistItem[] = [
  { type: 'passport', part: 'work', mandatory: true, uploaded: true },
  { type: 'cv', part: 'work', mandatory: false, uploaded: false },
  { type: 'hosting_agreement', part: 'work', mandatory: true, uploaded: false },
  { type: 'fee_payment', part: 'residence', mandatory: true, uploaded: false },
];

describe('document checklist', () => {
  it('suggests the first required document not uploaded yet, skipping optional ones', () => {
    expect(firstMissingMandatory(researcher)).toBe('hosting_agreement');
    expect(firstMissingMandatory(researcher.map((c) => ({ ...c, uploaded: c.mandatory })))).toBeUndefined();
    expect(firstMissingMandatory([])).toBeUndefined();
  });

  it('offers the checklist’s types first, then every other type an applicant may upload, once each', () => {
    const types = checklistTypesFirst(researcher);
    expect(types.slice(0, 4)).toEqual(['passport', 'cv', 'hosting_agreement', 'fee_payment']);
    expect(new Set(types)).toEqual(new Set(applicantDocumentTypes));
    expect(types).toHaveLength(applicantDocumentTypes.length);
  });

  it('keeps the authorities’ own documents away from the applicant', () => {
    expect(applicantDocumentTypes).not.toContain('decision_letter');
    expect(applicantDocumentTypes).not.toContain('note');
    expect(authorityDocumentTypes).toEqual(['decision_letter', 'note', 'other']);
  });

  it('names a missing document by its label', () => {
    expect(missingDocumentMessage({ pointer: '/documents/hosting_agreement', message: 'x' })).toBe(
      'Upload the hosting agreement (researcher).',
    );
    expect(missingDocumentMessage({ pointer: '/documents/cv', message: 'x' })).toBe('Upload the CV.');
    expect(missingDocumentMessage({ pointer: '/documents/unknown', message: 'API words' })).toBe('API words');
    expect(missingDocumentMessage({ pointer: '/jobTitle', message: 'Give the job title.' })).toBe(
      'Give the job title.',
    );
    expect(inSentence('Passport copy')).toBe('passport copy');
  });
});
