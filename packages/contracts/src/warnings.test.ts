import { earlyWarnings } from '@loket/domain';
import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { CreateDraftBody } from './applications.ts';
import { EarlyWarningSchema } from './warnings.ts';

describe('early warnings', () => {
  it('are what the domain computes, every code with its params', () => {
    const warnings = [
      ...earlyWarnings(
        {
          region: 'flanders',
          category: 'shortage_occupation',
          occupationCode: '2511',
          worker: { situation: 'student_in_belgium' },
        },
        '2026-03-01',
      ),
      ...earlyWarnings(
        {
          region: 'flanders',
          category: 'highly_qualified',
          grossAnnualSalaryEur: 30_000,
          worker: { birthDate: '2000-01-01' },
        },
        '2026-03-01',
      ),
    ];
    expect(warnings.map((w) => w.code)).toEqual([
      'not_shortage_occupation',
      'worker_present_before_authorisation',
      'salary_below_threshold',
    ]);
    for (const warning of warnings) expect(Value.Check(EarlyWarningSchema, warning)).toBe(true);
    expect(Value.Check(EarlyWarningSchema, { ...warnings[0], field: '/jobTitle' })).toBe(false);
  });

  it('read an occupation code of four digits on the draft', () => {
    const employerId = '00000000-0000-4000-8000-000000001001';
    expect(Value.Check(CreateDraftBody, { employerId, occupationCode: '7411' })).toBe(true);
    expect(Value.Check(CreateDraftBody, { employerId, occupationCode: null })).toBe(true);
    expect(Value.Check(CreateDraftBody, { employerId, occupationCode: '741' })).toBe(false);
    expect(Value.Check(CreateDraftBody, { employerId, occupationCode: 'ABCD' })).toBe(false);
  });
});
