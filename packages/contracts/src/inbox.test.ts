import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { BulkAssignBody, IfMatchHeaders, InboxQuery, ProblemSchema, SavedViewQuerySchema } from './index.ts';

describe('the inbox query', () => {
  it('takes a worklist, repeated filters and a sort, and refuses unknown fields and codes', () => {
    expect(
      Value.Check(InboxQuery, {
        worklist: 'overdue',
        category: ['shortage_occupation'],
        province: ['antwerp', 'limburg'],
        nationality: ['IN'],
        deadlineFrom: '2026-01-01',
        assignee: 'me',
        q: 'voorbeeld',
        sort: '-submitted',
        limit: 25,
      }),
    ).toBe(true);
    expect(Value.Check(InboxQuery, { worklist: 'everything', limit: 25 })).toBe(false);
    expect(Value.Check(InboxQuery, { q: 'ab', limit: 25 })).toBe(false);
    expect(Value.Check(InboxQuery, { region: ['flanders'], limit: 25 })).toBe(false);
  });

  it('saves views without paging', () => {
    expect(Value.Check(SavedViewQuerySchema, { worklist: 'mine', sort: 'deadline' })).toBe(true);
    expect(Value.Check(SavedViewQuerySchema, { worklist: 'mine', cursor: 'x' })).toBe(false);
  });
});

describe('versions and conflicts', () => {
  it('read If-Match as a quoted or bare version', () => {
    for (const v of ['"7"', '7', 'W/"12"', '*'])
      expect(Value.Check(IfMatchHeaders, { 'if-match': v })).toBe(true);
    expect(Value.Check(IfMatchHeaders, { 'if-match': '"abc"' })).toBe(false);
  });

  it('describe the current application in a conflict', () => {
    const problem = {
      type: 'https://loket.example/problems/version-conflict',
      title: 'Changed by someone else',
      status: 409,
      code: 'version_conflict',
      current: {
        version: 4,
        state: 'work_review',
        lastEvent: {
          action: 'take',
          actorName: 'Wout Maes',
          actorRole: 'work_caseworker',
          at: '2026-11-28T10:00:00.000Z',
        },
      },
    };
    expect(Value.Check(ProblemSchema, problem)).toBe(true);
  });

  it('bulk-assigns 1 to 100 files', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(Value.Check(BulkAssignBody, { items: [{ id, version: 3 }], assigneeId: null })).toBe(true);
    expect(Value.Check(BulkAssignBody, { items: [], assigneeId: null })).toBe(false);
  });
});
