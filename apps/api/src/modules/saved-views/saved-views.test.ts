import type { SavedView, SavedViewList } from '@loket/contracts';
import { describe, expect, it } from 'vitest';
import { useHarness } from '../../testing/use-harness.ts';

const { h, steps } = useHarness();

const send = async (
  user: 'wout' | 'lotte' | 'anna',
  method: 'POST' | 'PATCH' | 'DELETE' | 'GET',
  url: string,
  payload?: object,
) => h.app.inject({ method, url, headers: await h.as(user), ...(payload ? { payload } : {}) });

describe('saved views', () => {
  it('refuse a body whose values have the wrong type, instead of converting them', async () => {
    const before = (await send('wout', 'GET', '/v1/saved-views')).json<SavedViewList>().items.length;
    for (const [payload, pointer] of [
      [{ name: false, query: {} }, '/name'],
      [{ name: 'Typed text', query: { q: false } }, '/query/q'],
      [{ name: 'One category', query: { category: 'shortage_occupation' } }, '/query/category'],
    ] as const) {
      const refused = await send('wout', 'POST', '/v1/saved-views', payload);
      expect(refused.statusCode, JSON.stringify(payload)).toBe(400);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    }
    expect((await send('wout', 'GET', '/v1/saved-views')).json<SavedViewList>().items).toHaveLength(before);
    // A query string is text: its values are still read as the numbers and lists they stand for.
    const listed = await send('wout', 'GET', '/v1/inbox?limit=2&category=shortage_occupation');
    expect(listed.statusCode).toBe(200);
  });

  it('are created, read, renamed, changed and deleted by their owner', async () => {
    const created = await send('wout', 'POST', '/v1/saved-views', {
      name: 'Overdue shortage files, Antwerp',
      query: {
        worklist: 'overdue',
        category: ['shortage_occupation'],
        province: ['antwerp'],
        sort: 'deadline',
      },
    });
    expect(created.statusCode).toBe(201);
    const view = created.json<SavedView>();
    expect(view.query).toEqual({
      worklist: 'overdue',
      category: ['shortage_occupation'],
      province: ['antwerp'],
      sort: 'deadline',
    });
    const duplicate = await send('wout', 'POST', '/v1/saved-views', { name: view.name, query: {} });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().errors[0].pointer).toBe('/name');

    const renamed = await send('wout', 'PATCH', `/v1/saved-views/${view.id}`, {
      name: 'Overdue in Antwerp',
      query: { worklist: 'overdue', province: ['antwerp'] },
    });
    expect(renamed.json<SavedView>()).toMatchObject({
      name: 'Overdue in Antwerp',
      query: { worklist: 'overdue', province: ['antwerp'] },
    });
    expect((await steps.call<SavedView>('wout', 'GET', `/v1/saved-views/${view.id}`)).name).toBe(
      'Overdue in Antwerp',
    );
    const bad = await send('wout', 'POST', '/v1/saved-views', {
      name: 'x',
      query: { worklist: 'everything' },
    });
    expect(bad.statusCode).toBe(400);

    expect((await send('wout', 'DELETE', `/v1/saved-views/${view.id}`)).statusCode).toBe(204);
    expect((await steps.call<SavedViewList>('wout', 'GET', '/v1/saved-views')).items).toEqual([]);
  });

  it('are never seen, changed or deleted by another user, even of the same team', async () => {
    const mine = (
      await send('wout', 'POST', '/v1/saved-views', { name: 'Mine', query: { worklist: 'mine' } })
    ).json<SavedView>();
    // Lotte may use the same name for her own view.
    expect((await send('lotte', 'POST', '/v1/saved-views', { name: 'Mine', query: {} })).statusCode).toBe(
      201,
    );
    expect(
      (await steps.call<SavedViewList>('lotte', 'GET', '/v1/saved-views')).items.map((v) => v.id),
    ).not.toContain(mine.id);
    expect((await send('lotte', 'GET', `/v1/saved-views/${mine.id}`)).statusCode).toBe(404);
    expect((await send('lotte', 'PATCH', `/v1/saved-views/${mine.id}`, { name: 'Stolen' })).statusCode).toBe(
      404,
    );
    expect((await send('lotte', 'DELETE', `/v1/saved-views/${mine.id}`)).statusCode).toBe(404);
    expect((await steps.call<SavedView>('wout', 'GET', `/v1/saved-views/${mine.id}`)).name).toBe('Mine');
    // Applicants have no inbox and so no views.
    expect((await send('anna', 'GET', '/v1/saved-views')).statusCode).toBe(403);
  });
});
