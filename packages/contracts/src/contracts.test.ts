import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import {
  CreateDraftBody,
  DecideBody,
  FieldErrorSchema,
  problemCodes,
  problemStatus,
  problemType,
  UpdateDraftBody,
} from './index.ts';

describe('draft bodies', () => {
  const employerId = '00000000-0000-4000-8000-000000001001';

  it('accept a partial draft and null to clear a field', () => {
    expect(Value.Check(CreateDraftBody, { employerId })).toBe(true);
    expect(Value.Check(UpdateDraftBody, { version: 3, jobTitle: null, worker: { birthDate: null } })).toBe(
      true,
    );
  });

  it('refuse unknown fields, a lowercase nationality and a version below 1', () => {
    expect(Value.Check(CreateDraftBody, { employerId, salary: 1 })).toBe(false);
    expect(Value.Check(CreateDraftBody, { employerId, worker: { nationality: 'in' } })).toBe(false);
    expect(Value.Check(UpdateDraftBody, { version: 0 })).toBe(false);
  });

  it('accept only codes of the domain for the category', () => {
    expect(Value.Check(CreateDraftBody, { employerId, category: 'eu_blue_card' })).toBe(true);
    expect(Value.Check(CreateDraftBody, { employerId, category: 'specific_function' })).toBe(false);
  });
});

describe('decisions', () => {
  it('take granted or refused, never inadmissible (that is the admissibility call)', () => {
    expect(Value.Check(DecideBody, { outcome: 'granted', grounds: [], motivation: '' })).toBe(true);
    expect(Value.Check(DecideBody, { outcome: 'inadmissible', grounds: [], motivation: '' })).toBe(false);
  });
});

describe('problems', () => {
  it('give every code a client or server error status and a stable type URI', () => {
    for (const code of problemCodes) {
      expect(problemStatus[code]).toBeGreaterThanOrEqual(400);
      expect(problemType(code)).toMatch(/^https:\/\/loket\.example\/problems\/[a-z-]+$/);
    }
  });

  it('give every field error a code from the list, with typed params', () => {
    const tooLong = { pointer: '/jobTitle', code: 'too_long', params: { limit: 200 }, message: 'too long' };
    expect(Value.Check(FieldErrorSchema, tooLong)).toBe(true);
    expect(Value.Check(FieldErrorSchema, { ...tooLong, code: 'too_lengthy' })).toBe(false);
    expect(Value.Check(FieldErrorSchema, { ...tooLong, params: { limit: '200' } })).toBe(false);
  });
});
