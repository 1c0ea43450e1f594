import type { ApplicationDetail } from '@loket/contracts';
import { describe, expect, it } from 'vitest';
import {
  type DraftValues,
  draftFields,
  fieldProblems,
  missingFields,
  sameValues,
  stepProblems,
  toUpdateBody,
  valuesFromApplication,
  warningsFor,
} from './draft.ts';

const empty = (): DraftValues =>
  Object.fromEntries(draftFields.map((f) => [f, ''])) as Record<(typeof draftFields)[number], string>;

const filled = (): DraftValues => ({
  ...empty(),
  '/establishmentUnitId': '00000000-0000-4000-8000-000000002001',
  '/category': 'highly_qualified',
  '/worker/givenName': 'Asha',
  '/worker/familyName': 'Verma',
  '/worker/birthDate': '1990-05-01',
  '/worker/sex': 'female',
  '/worker/nationality': 'IN',
  '/worker/situation': 'abroad',
  '/jobTitle': 'Process engineer',
  '/grossAnnualSalaryEur': '61000',
});

describe('toUpdateBody', () => {
  it('sets or clears exactly the given fields, nesting the worker’s', () => {
    const v: DraftValues = {
      ...empty(),
      '/worker/givenName': ' Asha ',
      '/worker/nationality': 'in',
      '/grossAnnualSalaryEur': '52 000',
    };
    expect(toUpdateBody(v, 2, ['/worker/givenName', '/worker/familyName', '/worker/nationality'])).toEqual({
      version: 2,
      worker: { givenName: 'Asha', familyName: null, nationality: 'IN' },
    });
    expect(toUpdateBody(v, 3, ['/jobTitle', '/grossAnnualSalaryEur'])).toEqual({
      version: 3,
      jobTitle: null,
      grossAnnualSalaryEur: 52000,
    });
  });

  it('reads a salary written with Belgian thousands separators, and leaves anything else to the schema', () => {
    const body = (salary: string) =>
      toUpdateBody({ ...empty(), '/grossAnnualSalaryEur': salary }, 1, ['/grossAnnualSalaryEur'])
        .grossAnnualSalaryEur;
    expect(body('45.000')).toBe(45000);
    expect(body('1.250.000')).toBe(1250000);
    expect(body('45\u202f000')).toBe(45000);
    expect(body('45.000,50')).toBe('45.000,50');
    expect(body('4.5')).toBe('4.5');
  });
});

describe('fieldProblems: the API’s schema, field by field', () => {
  it('accepts an empty draft', () => {
    expect(fieldProblems(empty())).toEqual({});
  });

  it('names each malformed field with the keyword that failed', () => {
    const problems = fieldProblems(
      {
        ...empty(),
        '/grossAnnualSalaryEur': '45.000,50',
        '/worker/birthDate': '2030-02-30',
        '/worker/nationality': 'IND',
        '/occupationCode': '741',
        '/jobTitle': 'x'.repeat(201),
        '/worker/givenName': 'y'.repeat(101),
      },
      draftFields,
      '2026-01-01',
    );
    expect(problems).toEqual({
      '/grossAnnualSalaryEur': { keyword: 'type', params: { type: 'integer' } },
      '/worker/birthDate': { keyword: 'format', params: { format: 'date' } },
      '/worker/nationality': { keyword: 'pattern', params: { pattern: '^[A-Z]{2}$' } },
      '/occupationCode': { keyword: 'pattern', params: expect.anything() },
      '/jobTitle': { keyword: 'maxLength', params: { limit: 200 } },
      '/worker/givenName': { keyword: 'maxLength', params: { limit: 100 } },
    });
  });

  it('checks only the fields asked for, and a salary above the maximum', () => {
    const v = { ...empty(), '/grossAnnualSalaryEur': '20000000', '/worker/nationality': 'IND' };
    expect(Object.keys(fieldProblems(v, ['/grossAnnualSalaryEur']))).toEqual(['/grossAnnualSalaryEur']);
    expect(fieldProblems(v, ['/grossAnnualSalaryEur'])['/grossAnnualSalaryEur']?.keyword).toBe('maximum');
  });

  it('refuses a birth date that is not in the past', () => {
    expect(
      fieldProblems({ ...empty(), '/worker/birthDate': '2027-01-01' }, draftFields, '2026-01-01')[
        '/worker/birthDate'
      ],
    ).toEqual({ keyword: 'past', params: {} });
  });
});

describe('what the submission still needs', () => {
  it('lists the empty required fields in form order, by the domain’s rule', () => {
    expect(missingFields(empty())).toEqual([
      '/establishmentUnitId',
      '/category',
      '/worker/givenName',
      '/worker/familyName',
      '/worker/birthDate',
      '/worker/sex',
      '/worker/nationality',
      '/worker/situation',
      '/jobTitle',
      '/grossAnnualSalaryEur',
    ]);
    expect(missingFields(filled())).toEqual([]);
  });

  it('asks a step for its required fields and their form, nothing of other steps', () => {
    const v = { ...empty(), '/worker/nationality': 'IND' };
    const problems = stepProblems(v, ['/worker/givenName', '/worker/nationality']);
    expect(problems).toEqual({
      '/worker/givenName': { keyword: 'required', params: {} },
      '/worker/nationality': { keyword: 'pattern', params: { pattern: '^[A-Z]{2}$' } },
    });
  });
});

describe('early warnings as the applicant types', () => {
  it('warns about a salary under the region’s threshold once region and category are known', () => {
    const low = { ...filled(), '/grossAnnualSalaryEur': '30 000' };
    expect(warningsFor(low, 'flanders').map((w) => w.code)).toEqual(['salary_below_threshold']);
    expect(warningsFor(low, null)).toEqual([]);
    expect(warningsFor(filled(), 'flanders')).toEqual([]);
  });
});

describe('valuesFromApplication', () => {
  it('round-trips through the form values, the region’s own language counting as not chosen', () => {
    const a = {
      establishmentUnit: { id: 'u1' },
      region: 'flanders',
      language: 'nl',
      category: 'executive',
      jobTitle: 'CFO',
      occupationCode: null,
      grossAnnualSalaryEur: 90000,
      worker: { givenName: 'Li', familyName: 'Wei', nationality: 'CN' },
    } as unknown as ApplicationDetail;
    const v = valuesFromApplication(a);
    expect(v['/grossAnnualSalaryEur']).toBe('90000');
    expect(v['/language']).toBe('');
    expect(valuesFromApplication({ ...a, language: 'fr' })['/language']).toBe('fr');
    expect(sameValues(v, valuesFromApplication(a))).toBe(true);
    expect(toUpdateBody(v, 1, ['/grossAnnualSalaryEur', '/worker/familyName'])).toEqual({
      version: 1,
      grossAnnualSalaryEur: 90000,
      worker: { familyName: 'Wei' },
    });
  });
});
