import { describe, expect, it } from 'vitest';
import { useHarness } from '../../testing/use-harness.ts';
import { nulPointer } from './problems.ts';

const { h, steps } = useHarness();

describe('refusals before any route', () => {
  it('answers a request line and headers over the limit (a long query string) with a 431 problem', async () => {
    const url = await h.app.listen({ port: 0, host: '127.0.0.1' });
    const res = await fetch(`${url}/v1/applications?q=${'x'.repeat(20_000)}`, {
      headers: await h.as('anna'),
    });
    expect(res.status).toBe(431);
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(await res.json()).toMatchObject({
      status: 431,
      code: 'headers_too_large',
      title: 'Request headers too large',
      detail: expect.stringContaining('16 KB'),
    });
  });

  it('documents 431 on every operation and 413 on every one that may take a body, which answer it', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/openapi.json' })).json() as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const undocumented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).flatMap(([method, op]) => [
        ...(op.responses['431'] ? [] : [`${method} ${path} 431`]),
        ...(method === 'get' || op.responses['413'] ? [] : [`${method} ${path} 413`]),
      ]),
    );
    expect(undocumented).toEqual([]);

    // A note within its 8,000 characters, escaped as JSON may escape it: over the 64 KB body limit.
    const draft = await steps.draft('anna', '2000');
    const res = await h.app.inject({
      method: 'POST',
      url: `/v1/applications/${draft.id}/notes`,
      headers: { ...(await h.as('wout')), 'content-type': 'application/json' },
      payload: `{"text": "${'\\ud83d\\ude00'.repeat(6000)}"}`,
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});

describe('a NUL character (U+0000), which PostgreSQL cannot store', () => {
  it('is found in any text of a request, names included, and pointed at', () => {
    expect(nulPointer({ reason: 'ok' })).toBeUndefined();
    expect(nulPointer('a\u0000b')).toBe('');
    expect(nulPointer({ query: { category: ['a', 'b\u0000'] } })).toBe('/query/category/1');
    expect(nulPointer({ 'a/b~c': 'x\u0000' })).toBe('/a~1b~0c');
    expect(nulPointer({ 'k\u0000': 1 })).toBe('/k\u0000');
  });

  it('is refused with a 400 problem before anything is written, in a body and in a query string', async () => {
    const draft = await steps.draft('anna', '2000');
    const withdraw = await h.app.inject({
      method: 'POST',
      url: `/v1/applications/${draft.id}/withdraw`,
      headers: { ...(await h.as('anna')), 'if-match': '*' },
      payload: { reason: 'no longer \u0000 needed' },
    });
    expect(withdraw.statusCode).toBe(400);
    expect(withdraw.headers['content-type']).toContain('application/problem+json');
    expect(withdraw.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ pointer: '/reason', code: 'invalid' }],
    });
    const still = await h.app.inject({
      method: 'GET',
      url: `/v1/applications/${draft.id}`,
      headers: await h.as('anna'),
    });
    expect(still.json().state).toBe('draft');

    const search = await h.app.inject({
      method: 'GET',
      url: '/v1/inbox?q=abc%00def',
      headers: await h.as('wout'),
    });
    expect(search.statusCode).toBe(400);
    expect(search.json().errors[0]).toMatchObject({ pointer: '/q', code: 'invalid' });
  });
});
