import { describe, expect, it } from 'vitest';
import { fileNameFromContentDisposition } from './api.ts';
import { mergeApplicationPages } from './case/merge.ts';
import { typesUploadedSince } from './documents.ts';
import { formatBytes, formatDate, isoDateFromToday, shortHash } from './format.ts';
import { findQueueFilter, queueFilters } from './queues.ts';

describe('formatting', () => {
  it('shows a calendar date as that same day', () => {
    expect(formatDate('1990-01-31')).toBe('31 Jan 1990');
    expect(formatDate(null)).toBe('—');
  });

  it('computes a due date in local calendar days', () => {
    expect(isoDateFromToday(30, new Date(2026, 0, 15, 23, 30))).toBe('2026-02-14');
    expect(isoDateFromToday(1, new Date(2026, 11, 31))).toBe('2027-01-01');
  });

  it('shortens hashes and sizes', () => {
    expect(shortHash('a'.repeat(64))).toBe(`${'a'.repeat(12)}…`);
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
  });
});

describe('fileNameFromContentDisposition', () => {
  it('prefers the RFC 5987 name, then the quoted one', () => {
    expect(
      fileNameFromContentDisposition(
        `attachment; filename="pass.pdf"; filename*=UTF-8''pa%C3%9Fport%20scan.pdf`,
      ),
    ).toBe('paßport scan.pdf');
    expect(fileNameFromContentDisposition('attachment; filename="contract \\"v2\\".pdf"')).toBe(
      'contract "v2".pdf',
    );
    expect(fileNameFromContentDisposition('attachment; filename=plain.png')).toBe('plain.png');
    expect(fileNameFromContentDisposition('attachment')).toBeUndefined();
    expect(fileNameFromContentDisposition(null)).toBeUndefined();
  });
});

describe('queues', () => {
  it('falls back to the first filter (all) for an unknown key', () => {
    expect(findQueueFilter('work', 'nonsense').key).toBe('all');
    expect(findQueueFilter('residence', 'decided').states).toEqual(['residence_refused', 'permit_granted']);
  });

  it('never lists a state twice within one part', () => {
    for (const filters of Object.values(queueFilters)) {
      const states = filters.flatMap((f) => f.states ?? []);
      expect(new Set(states).size).toBe(states.length);
    }
  });
});

describe('mergeApplicationPages', () => {
  const app = (id: string, updatedAt: string) =>
    ({ id, updatedAt }) as unknown as Parameters<typeof mergeApplicationPages>[0][number];

  it('keeps the API order for one list and drops duplicates', () => {
    const out = mergeApplicationPages([app('a', '1')], [[app('b', '3'), app('a', '1')]], false);
    expect(out.map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('sorts a merged list by last change, newest first', () => {
    const out = mergeApplicationPages([], [[app('a', '2026-01-01')], [app('b', '2026-02-01')]], true);
    expect(out.map((a) => a.id)).toEqual(['b', 'a']);
  });
});

describe('typesUploadedSince', () => {
  it('lists the types with a version at or after the moment', () => {
    const docs = [
      {
        type: 'passport' as const,
        versions: [{ createdAt: '2026-01-01T10:00:00Z' }, { createdAt: '2026-02-01T10:00:00Z' }],
      },
      { type: 'cv' as const, versions: [{ createdAt: '2026-01-01T10:00:00Z' }] },
    ];
    expect([...typesUploadedSince(docs, '2026-01-15T00:00:00Z')]).toEqual(['passport']);
  });
});
