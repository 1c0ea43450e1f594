import { describe, expect, it } from 'vitest';
import { missingForSubmission, type SubmissionCandidate } from './index.ts';

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
  documentTypes: ['passport', 'employment_contract', 'cv'],
};

describe('missingForSubmission', () => {
  it('lets a complete application go', () => {
    expect(missingForSubmission(complete)).toEqual([]);
  });

  it('names every missing field and document by pointer', () => {
    const missing = missingForSubmission({
      ...complete,
      jobTitle: '',
      worker: { ...complete.worker, birthDate: null },
      documentTypes: ['cv'],
    });
    expect(missing.map((m) => m.pointer)).toEqual([
      '/jobTitle',
      '/worker/birthDate',
      '/documents/passport',
      '/documents/employment_contract',
    ]);
    expect(missing[2]?.message).toBe('Upload the passport.');
  });

  it('treats a salary of 0 as given (the threshold check is a separate warning)', () => {
    expect(missingForSubmission({ ...complete, grossAnnualSalaryEur: 0 })).toEqual([]);
  });
});
