import { describe, expect, it } from 'vitest';
import { createApiClient } from './api.ts';
import { ApiError } from './problem.ts';

function recorder(response: () => Response) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return response();
  }) as typeof fetch;
  return { calls, fetchImpl };
}

describe('createApiClient', () => {
  it('sends the bearer token and JSON only when there is a body', async () => {
    const { calls, fetchImpl } = recorder(
      () => new Response('{"items":[],"nextCursor":null}', { status: 200 }),
    );
    const api = createApiClient({ baseUrl: 'http://api', getToken: async () => 't0k', fetch: fetchImpl });
    await api.listApplications({ state: 'submitted', limit: 10 });
    await api.submit('id 1');
    await api.updateDraft('x', { version: 3, jobTitle: 'Cook' });
    expect(calls.map((c) => `${c.init?.method} ${c.url}`)).toEqual([
      'GET http://api/v1/applications?state=submitted&limit=10',
      'POST http://api/v1/applications/id%201/submit',
      'PATCH http://api/v1/applications/x',
    ]);
    const h = (i: number) => calls[i]?.init?.headers as Record<string, string>;
    expect(h(0).Authorization).toBe('Bearer t0k');
    expect(h(1)['Content-Type']).toBeUndefined();
    expect(calls[1]?.init?.body).toBeUndefined();
    expect(h(2)['Content-Type']).toBe('application/json');
    expect(calls[2]?.init?.body).toBe('{"version":3,"jobTitle":"Cook"}');
  });

  it('routes decisions to the part', async () => {
    const { calls, fetchImpl } = recorder(() => new Response('{}', { status: 200 }));
    const api = createApiClient({ baseUrl: 'http://api', getToken: async () => undefined, fetch: fetchImpl });
    await api.decide('a', 'residence', { outcome: 'granted', grounds: [], motivation: '' });
    expect(calls[0]?.url).toBe('http://api/v1/applications/a/residence-decision');
    expect((calls[0]?.init?.headers as Record<string, string> | undefined)?.Authorization).toBeUndefined();
  });

  it('throws an ApiError carrying the problem', async () => {
    const problem = { type: 'x', title: 'Conflict', status: 409, code: 'version_conflict', detail: 'Stale' };
    const { fetchImpl } = recorder(
      () =>
        new Response(JSON.stringify(problem), {
          status: 409,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    );
    const api = createApiClient({ baseUrl: 'http://api', getToken: async () => 't', fetch: fetchImpl });
    const err = await api.getApplication('a').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).problem).toEqual(problem);
  });

  it('turns a network failure into a readable problem', async () => {
    const api = createApiClient({
      baseUrl: 'http://api',
      getToken: async () => 't',
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    });
    const err = (await api.me().catch((e: unknown) => e)) as ApiError;
    expect(err.status).toBe(0);
    expect(err.problem.title).toBe('The service cannot be reached');
  });
});
