import type { ApplicationDetail, ChecklistItem } from '@loket/contracts';
import { translate } from '@loket/i18n';
import { labelsIn } from '@loket/ui';
import { describe, expect, it } from 'vitest';
import { draftFields, missingFields } from '../draft.ts';
import { apiErrorText, problemText } from './fieldText.ts';
import { nextUnfinishedStep, stepFields, stepKeys, stepOf, stepPath, stepStatus } from './steps.ts';
import { wizardMessages } from './wizard.messages.ts';

const item = (type: ChecklistItem['type'], uploaded: boolean, mandatory = true): ChecklistItem => ({
  type,
  part: 'work',
  mandatory,
  uploaded,
});

/** A draft as the API returns it, with what a test sets on top. */
function draft(overrides: Partial<ApplicationDetail> = {}): ApplicationDetail {
  return {
    id: 'a1',
    establishmentUnit: null,
    region: null,
    language: 'en',
    category: null,
    jobTitle: null,
    occupationCode: null,
    grossAnnualSalaryEur: null,
    worker: {},
    checklist: [],
    documents: [],
    ...overrides,
  } as unknown as ApplicationDetail;
}

const unit = { id: 'u1', region: 'flanders', province: 'antwerp' } as ApplicationDetail['establishmentUnit'];
const worker = {
  givenName: 'Asha',
  familyName: 'Verma',
  birthDate: '1990-05-01',
  sex: 'female',
  nationality: 'IN',
  situation: 'abroad',
} as ApplicationDetail['worker'];

describe('the steps', () => {
  it('edit every field of the draft exactly once', () => {
    expect(stepKeys.flatMap((k) => stepFields[k]).sort()).toEqual([...draftFields].sort());
  });

  it('know where a field or a document is filled in, and link to it', () => {
    expect(stepOf('/worker/nationality')).toBe('worker');
    expect(stepOf('/documents/passport')).toBe('documents');
    expect(stepOf('/somethingElse')).toBe('review');
    expect(stepPath('a 1', 'job', 'field-jobTitle')).toBe('/applications/a%201/steps/job#field-jobTitle');
  });
});

describe('where a draft stands and resumes', () => {
  it('starts at the category once the employer step (done on creation) is saved', () => {
    const a = draft({ establishmentUnit: unit });
    expect(stepStatus(a, 'employer')).toBe('done');
    expect(stepStatus(a, 'category')).toBe('not_started');
    expect(nextUnfinishedStep(a)).toBe('category');
  });

  it('resumes at a step left half done, and counts the documents by the checklist', () => {
    const a = draft({
      establishmentUnit: unit,
      category: 'highly_qualified',
      worker,
      grossAnnualSalaryEur: 32000,
      checklist: [item('passport', false), item('cv', false, false)],
    });
    expect(stepStatus(a, 'job')).toBe('in_progress');
    expect(nextUnfinishedStep(a)).toBe('job');
    const complete = draft({ ...a, jobTitle: 'Engineer' });
    expect(nextUnfinishedStep(complete)).toBe('documents');
    expect(stepStatus(complete, 'documents')).toBe('not_started');
    const uploaded = draft({ ...complete, checklist: [item('passport', true), item('cv', false, false)] });
    expect(stepStatus(uploaded, 'documents')).toBe('done');
    expect(nextUnfinishedStep(uploaded)).toBe('review');
  });
});

describe('field messages in every language', () => {
  const format = { euro: (n: number) => `€${n}`, number: (n: number) => String(n) };

  it.each(['nl', 'fr', 'de', 'en'] as const)(
    '%s: a sentence for every required field and every problem',
    (language) => {
      const t = (key: keyof (typeof wizardMessages)['en'], params?: Record<string, string | number>) =>
        translate(wizardMessages, language, key, params);
      for (const field of missingFields(Object.fromEntries(draftFields.map((f) => [f, ''])) as never)) {
        const text = problemText(field, { keyword: 'required', params: {} }, t, format);
        expect(text).not.toMatch(/[{}]/);
        expect(text).not.toBe(t('err_invalid', { field: '' }));
      }
      expect(problemText('/jobTitle', { keyword: 'maxLength', params: { limit: 200 } }, t, format)).toContain(
        '200',
      );
      expect(
        problemText('/grossAnnualSalaryEur', { keyword: 'maximum', params: { limit: 10 } }, t, format),
      ).toContain('€10');
    },
  );

  it('reads the API’s field errors by code, a missing document by its label', () => {
    const t = (key: keyof (typeof wizardMessages)['en'], params?: Record<string, string | number>) =>
      translate(wizardMessages, 'fr', key, params);
    const labels = labelsIn('fr');
    expect(
      apiErrorText(
        { pointer: '/documents/hosting_agreement', message: 'x' },
        'application_incomplete',
        t,
        labels,
        format,
      ),
    ).toBe('Chargez le document suivant : convention d’accueil (chercheur).');
    expect(
      apiErrorText(
        { pointer: '/worker/givenName', message: 'x', code: 'too_long', params: { limit: 100 } },
        'validation_failed',
        t,
        labels,
        format,
      ),
    ).toBe('« Prénom » peut compter au maximum 100 caractères.');
    expect(
      apiErrorText(
        { pointer: '/jobTitle', message: 'Give the job title.' },
        'application_incomplete',
        t,
        labels,
        format,
      ),
    ).toBe('Indiquez l’intitulé de la fonction.');
    expect(
      apiErrorText({ pointer: '/unknown', message: 'As the API says.' }, undefined, t, labels, format),
    ).toBe('As the API says.');
  });
});
