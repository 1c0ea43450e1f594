import { describe, expect, it } from 'vitest';
import { expectedDecision } from './expected-decision.ts';

const at = (iso: string) => new Date(`${iso}T09:00:00Z`);

describe('the expected decision date', () => {
  const startedAt = at('2026-03-02');
  const legalDeadline = at('2026-05-31');

  it('is the start plus the median when enough recent decisions stand behind it', () => {
    const expected = expectedDecision({
      startedAt,
      pauses: [],
      legalDeadline,
      throughput: { medianDays: 21, cases: 40 },
      now: at('2026-03-05'),
    });
    expect(expected).toEqual({ date: at('2026-03-23'), basis: 'throughput', medianDays: 21, cases: 40 });
  });

  it('moves with the days the file spent with the applicant, an open request up to now', () => {
    const expected = expectedDecision({
      startedAt,
      pauses: [
        { from: at('2026-03-04'), to: at('2026-03-09') },
        { from: at('2026-03-20'), to: null },
      ],
      legalDeadline,
      throughput: { medianDays: 21, cases: 20 },
      now: at('2026-03-23'),
    });
    // 21 days + 5 closed + 3 open so far.
    expect(expected?.date).toEqual(at('2026-03-31'));
  });

  it('falls back to the legal deadline with fewer decisions than the minimum, and says how many there were', () => {
    const input = { startedAt, pauses: [], legalDeadline, now: at('2026-03-05') };
    expect(expectedDecision({ ...input, throughput: { medianDays: 5, cases: 19 } })).toEqual({
      date: legalDeadline,
      basis: 'legal_deadline',
      medianDays: null,
      cases: 19,
    });
    expect(expectedDecision({ ...input, throughput: null })?.basis).toBe('legal_deadline');
    expect(expectedDecision({ ...input, legalDeadline: null, throughput: null })).toBeNull();
    expect(
      expectedDecision({ ...input, throughput: { medianDays: 5, cases: 3 } }, { minimumCases: 3 })?.basis,
    ).toBe('throughput');
  });
});
