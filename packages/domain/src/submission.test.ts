import { describe, expect, it } from 'vitest';
import {
  missingForSubmission,
  type RequirementSet,
  requirementSetOn,
  requirementsFor,
  type SubmissionCandidate,
} from './index.ts';

const complete: SubmissionCandidate = {
  establishmentUnitId: 'unit',
  category: 'highly_qualified',
  jobTitle: 'Process engineer',
  grossAnnualSalaryEur: 62000,
  worker: {
    givenName: 'Ravi',
    familyName: 'Example',
    birthDate: '1990-04-02',
    sex: 'male',
    nationality: 'IN',
    situation: 'abroad',
  },
  documentTypes: [
    'passport',
    'employment_contract',
    'diploma',
    'medical_certificate',
    'criminal_record',
    'fee_payment',
  ],
  date: '2026-11-28',
};

describe('missingForSubmission', () => {
  it('lets a complete application go', () => {
    expect(missingForSubmission(complete)).toEqual([]);
  });

  it('names every missing field and mandatory document by pointer', () => {
    const missing = missingForSubmission({
      ...complete,
      jobTitle: '',
      worker: { ...complete.worker, birthDate: null },
      documentTypes: ['cv', 'passport'],
    });
    expect(missing.map((m) => m.pointer)).toEqual([
      '/jobTitle',
      '/worker/birthDate',
      '/documents/employment_contract',
      '/documents/medical_certificate',
      '/documents/criminal_record',
      '/documents/fee_payment',
      '/documents/diploma',
    ]);
    expect(missing[2]?.message).toBe('Upload the employment contract.');
  });

  it('does not ask a worker already in Belgium for a medical certificate or criminal record', () => {
    const missing = missingForSubmission({
      ...complete,
      worker: { ...complete.worker, situation: 'student_in_belgium' },
      documentTypes: ['passport', 'employment_contract', 'diploma', 'fee_payment'],
    });
    expect(missing).toEqual([]);
  });

  it('treats a salary of 0 as given (the threshold check is a separate warning)', () => {
    expect(missingForSubmission({ ...complete, grossAnnualSalaryEur: 0 })).toEqual([]);
  });

  it('asks for the documents of the category: a hosting agreement for a researcher', () => {
    const missing = missingForSubmission({ ...complete, category: 'researcher' });
    expect(missing.map((m) => m.pointer)).toEqual(['/documents/hosting_agreement']);
  });
});

describe('dated requirements', () => {
  const sets: RequirementSet[] = [
    {
      validFrom: '2019-01-01',
      source: 'old',
      common: [{ type: 'passport', part: 'work', mandatory: true }],
      byCategory: { au_pair: [] } as unknown as RequirementSet['byCategory'],
    },
    {
      validFrom: '2025-01-01',
      source: 'new',
      common: [{ type: 'passport', part: 'work', mandatory: true }],
      byCategory: {
        au_pair: [{ type: 'host_family', part: 'work', mandatory: true }],
      } as unknown as RequirementSet['byCategory'],
    },
  ];

  it('checks an application against the list in force on its date', () => {
    expect(requirementsFor('au_pair', '2024-12-31', 'abroad', sets).map((r) => r.type)).toEqual(['passport']);
    expect(requirementsFor('au_pair', '2025-01-01', 'abroad', sets).map((r) => r.type)).toEqual([
      'passport',
      'host_family',
    ]);
  });

  it('has a list for every date since the Flemish policy started, and none before', () => {
    expect(requirementSetOn('2019-01-01').validFrom).toBe('2019-01-01');
    expect(() => requirementSetOn('2018-12-31')).toThrow(RangeError);
  });
});
