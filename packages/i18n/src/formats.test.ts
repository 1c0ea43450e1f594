import { describe, expect, it } from 'vitest';
import { formattersFor } from './formats.ts';

describe('formattersFor', () => {
  it('writes a date long in sentences and medium in lists, in the language', () => {
    expect(formattersFor('en').date('2026-12-30')).toBe('30 December 2026');
    expect(formattersFor('en', 'medium').date('2026-12-30')).toBe('30 Dec 2026');
    expect(formattersFor('nl', 'medium').date('2026-12-30')).toBe('30 dec 2026');
    expect(formattersFor('de', 'medium').date('2026-12-30')).toBe('30.12.2026');
  });

  it('takes a calendar date as that same day, also as the date part of a timestamp', () => {
    expect(formattersFor('en', 'medium').date('1990-01-31T23:30:00Z')).toBe('31 Jan 1990');
    expect(formattersFor('en').date(null)).toBe('—');
    expect(formattersFor('en').date('not a date')).toBe('not a date');
  });

  it('writes amounts in whole euros and keeps an unparsable moment as given', () => {
    expect(formattersFor('en').euro(42500)).toBe('€42,500');
    expect(formattersFor('fr').number(undefined)).toBe('—');
    expect(formattersFor('en').dateTime('soon')).toBe('soon');
  });

  it('gives the same formatters every time, so they may stand in hook dependencies', () => {
    expect(formattersFor('fr', 'medium')).toBe(formattersFor('fr', 'medium'));
    expect(formattersFor('fr', 'medium')).not.toBe(formattersFor('fr', 'long'));
  });
});
