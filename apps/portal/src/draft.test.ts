import type { ApplicationDetail } from '@loket/contracts';
import { describe, expect, it } from 'vitest';
import { type DraftValues, sameValues, toUpdateBody, validateDraft, valuesFromApplication } from './draft.ts';

const empty = (): DraftValues => ({
  '/establishmentUnitId': '',
  '/category': '',
  '/jobTitle': '',
  '/grossAnnualSalaryEur': '',
  '/worker/givenName': '',
  '/worker/familyName': '',
  '/worker/birthDate': '',
  '/worker/sex': '',
  '/worker/nationality': '',
  '/worker/situation': '',
});

describe('toUpdateBody', () => {
  it('sends only the version for an empty form', () => {
    expect(toUpdateBody(empty(), 4)).toEqual({ version: 4 });
  });

  it('trims, converts and nests the filled-in fields', () => {
    const v: DraftValues = {
      ...empty(),
      '/establishmentUnitId': 'u1',
      '/category': 'researcher',
      '/jobTitle': '  Data scientist ',
      '/grossAnnualSalaryEur': '52 000',
      '/worker/givenName': 'Asha',
      '/worker/birthDate': '1990-05-01',
      '/worker/sex': 'female',
      '/worker/nationality': 'in',
      '/worker/situation': 'abroad',
    };
    expect(toUpdateBody(v, 2)).toEqual({
      version: 2,
      establishmentUnitId: 'u1',
      category: 'researcher',
      jobTitle: 'Data scientist',
      grossAnnualSalaryEur: 52000,
      worker: {
        givenName: 'Asha',
        birthDate: '1990-05-01',
        sex: 'female',
        nationality: 'IN',
        situation: 'abroad',
      },
    });
  });

  it('drops codes the domain does not know', () => {
    expect(toUpdateBody({ ...empty(), '/category': 'astronaut', '/worker/sex': 'x' }, 1)).toEqual({
      version: 1,
    });
  });
});

describe('validateDraft', () => {
  it('accepts an empty draft', () => {
    expect(validateDraft(empty())).toEqual({});
  });

  it('points at malformed fields by their pointer', () => {
    const errors = validateDraft(
      {
        ...empty(),
        '/grossAnnualSalaryEur': '45.000,50',
        '/worker/birthDate': '2030-02-30',
        '/worker/nationality': 'IND',
      },
      '2026-01-01',
    );
    expect(Object.keys(errors).sort()).toEqual([
      '/grossAnnualSalaryEur',
      '/worker/birthDate',
      '/worker/nationality',
    ]);
  });

  it('refuses a birth date in the future', () => {
    expect(
      validateDraft({ ...empty(), '/worker/birthDate': '2027-01-01' }, '2026-01-01')['/worker/birthDate'],
    ).toMatch(/past/);
  });
});

describe('valuesFromApplication', () => {
  it('round-trips through the form values', () => {
    const a = {
      establishmentUnit: { id: 'u1' },
      category: 'executive',
      jobTitle: 'CFO',
      grossAnnualSalaryEur: 90000,
      worker: { givenName: 'Li', familyName: 'Wei', nationality: 'CN' },
    } as unknown as ApplicationDetail;
    const v = valuesFromApplication(a);
    expect(v['/grossAnnualSalaryEur']).toBe('90000');
    expect(v['/worker/birthDate']).toBe('');
    expect(sameValues(v, valuesFromApplication(a))).toBe(true);
    expect(toUpdateBody(v, 1)).toMatchObject({ grossAnnualSalaryEur: 90000, worker: { familyName: 'Wei' } });
  });
});
