import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { ApplicationChangedEventSchema } from './index.ts';

describe('live events', () => {
  const event = {
    applicationId: '00000000-0000-4000-8000-000000001001',
    version: 3,
    state: 'work_review',
    action: 'declare_admissible',
    at: '2026-11-28T17:30:00.000Z',
  };

  it('describe a change by ids, codes and time', () => {
    expect(Value.Check(ApplicationChangedEventSchema, event)).toBe(true);
    expect(Value.Check(ApplicationChangedEventSchema, { ...event, state: 'pending' })).toBe(false);
  });
});
