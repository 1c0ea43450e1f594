import { describe, expect, it } from 'vitest';
import { useHarness } from '../testing/use-harness.ts';

const { h } = useHarness();

interface Operation {
  responses: Record<string, { content?: Record<string, unknown> }>;
}

async function operations(): Promise<[string, Operation][]> {
  const doc = (await h.app.inject({ method: 'GET', url: '/openapi.json' })).json() as {
    paths: Record<string, Record<string, Operation>>;
  };
  // /health answers its own report with 503, not a problem.
  return Object.entries(doc.paths)
    .filter(([path]) => path.startsWith('/v1/'))
    .flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]): [string, Operation] => [
        `${method.toUpperCase()} ${path}`,
        op,
      ]),
    );
}

describe('problem responses in the OpenAPI document', () => {
  it('names application/problem+json for every error status, the media type the API answers them with', async () => {
    const errors = (await operations()).flatMap(([operation, op]) =>
      Object.entries(op.responses)
        .filter(([status]) => Number(status) >= 400)
        .map(([status, response]) => [`${operation} ${status}`, Object.keys(response.content ?? {})]),
    );
    expect(errors.length).toBeGreaterThan(100);
    for (const [where, mediaTypes] of errors)
      expect(mediaTypes, where as string).toEqual(['application/problem+json']);

    const notSignedIn = await h.app.inject({ method: 'GET', url: '/v1/applications' });
    expect(notSignedIn.statusCode).toBe(401);
    expect(notSignedIn.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  });
});
