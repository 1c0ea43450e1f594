import { describe, expect, it } from 'vitest';
import { startHarness } from '../../testing/harness.ts';
import { useHarness } from '../../testing/use-harness.ts';

const { h } = useHarness();

describe('authentication', () => {
  it.each([
    ['no token', undefined],
    ['a malformed token', 'Bearer not.a.jwt'],
    ['a token with a forged signature', 'forged'],
    ['a token of another scheme', 'Basic YW5uYTpkZW1v'],
  ])('answers %s with 401 problem+json', async (_what, authorization) => {
    let header = authorization;
    if (authorization === 'forged') {
      const [head, payload] = (await h.token('anna')).split('.');
      header = `Bearer ${head}.${payload}.${Buffer.from('forged-signature').toString('base64url')}`;
    }
    const res = await h.app.inject({
      method: 'GET',
      url: '/v1/applications',
      headers: header ? { authorization: header } : {},
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 401, code: 'unauthenticated' });
  });

  it('accepts a real token and knows who it is', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/v1/me', headers: await h.as('wout') });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Wout Maes',
      roles: ['work_caseworker'],
      authority: { kind: 'work', region: 'flanders' },
    });
  });

  it('serves health and the OpenAPI document without a token', async () => {
    const openapi = await h.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(openapi.statusCode).toBe(200);
    expect(openapi.json().openapi).toBe('3.1.0');
    expect(Object.keys(openapi.json().paths)).toEqual(
      expect.arrayContaining([
        '/v1/applications/{id}/documents',
        '/v1/messages',
        '/v1/messages/{id}/read',
        '/v1/me/preferences',
        '/v1/employers/{id}',
      ]),
    );
    const health = await h.app.inject({ method: 'GET', url: '/health' });
    expect(health.json()).toEqual({ status: 'ok', checks: { database: 'up', storage: 'up' } });
  });

  it('serves the docs UI at /docs without a token: a page whose scripts load and read the API', async () => {
    const page = await h.app.inject({ method: 'GET', url: '/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('<div id="swagger-ui">');
    const scripts = [...page.body.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1] as string);
    expect(scripts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/swagger-ui-bundle\.js$/),
        expect.stringMatching(/initializer\.js$/),
      ]),
    );
    for (const src of scripts) {
      const script = await h.app.inject({ method: 'GET', url: new URL(src, 'http://api/docs').pathname });
      expect(script.statusCode, src).toBe(200);
      expect(script.headers['content-type'], src).toMatch(/javascript/);
      expect(script.body.length, src).toBeGreaterThan(100);
    }
    // The document the UI renders: the same API description as /openapi.json.
    const shown = await h.app.inject({ method: 'GET', url: '/docs/json' });
    const published = await h.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(shown.statusCode).toBe(200);
    expect(Object.keys(shown.json().paths)).toEqual(Object.keys(published.json().paths));
  });

  it('answers an unknown path with a 404 problem', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/v1/nothing-here', headers: await h.as('anna') });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
  });
});

describe('token expiry', () => {
  it('answers an expired token with 401 and says so', async () => {
    const short = await startHarness({ accessTokenTtlSeconds: 3, clockToleranceSeconds: 0 });
    try {
      const headers = await short.as('anna');
      expect((await short.app.inject({ method: 'GET', url: '/v1/me', headers })).statusCode).toBe(200);
      await new Promise((r) => setTimeout(r, 4000));
      const res = await short.app.inject({ method: 'GET', url: '/v1/me', headers });
      expect(res.statusCode).toBe(401);
      expect(res.json().detail).toBe('The access token has expired; sign in again.');
    } finally {
      await short.close();
    }
  });
});
