import { describe, expect, it } from 'vitest';
import { useHarness } from '../../testing/use-harness.ts';

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
