import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { CreateDraftBody, UpdateDraftBody } from './applications.ts';
import { UpdateNotificationPreferencesBody } from './notifications.ts';

describe('the applicant’s language on a draft', () => {
  const employerId = '00000000-0000-4000-8000-000000001001';

  it('takes nl, fr, de or en, and null for the region’s default', () => {
    for (const language of ['nl', 'fr', 'de', 'en']) {
      expect(Value.Check(CreateDraftBody, { employerId, language })).toBe(true);
    }
    expect(Value.Check(UpdateDraftBody, { version: 2, language: null })).toBe(true);
    expect(Value.Check(CreateDraftBody, { employerId, language: 'es' })).toBe(false);
    expect(Value.Check(CreateDraftBody, { employerId, language: 'NL' })).toBe(false);
  });
});

describe('notification preferences', () => {
  it('take only the non-essential switch', () => {
    expect(Value.Check(UpdateNotificationPreferencesBody, { nonEssential: false })).toBe(true);
    expect(Value.Check(UpdateNotificationPreferencesBody, { nonEssential: false, decision: false })).toBe(
      false,
    );
  });
});
