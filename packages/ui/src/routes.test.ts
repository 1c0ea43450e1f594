import { describe, expect, it } from 'vitest';
import { matchPath, resolveRoute, withQuery } from './routes.ts';

describe('matchPath', () => {
  it('matches static paths, ignoring a trailing slash', () => {
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/applications/new', '/applications/new/')).toEqual({});
  });

  it('extracts and decodes parameters', () => {
    expect(matchPath('/applications/:id', '/applications/3f2a')).toEqual({ id: '3f2a' });
    expect(matchPath('/a/:x/b/:y', '/a/one%20two/b/3')).toEqual({ x: 'one two', y: '3' });
  });

  it('refuses different lengths, different segments and broken escapes', () => {
    expect(matchPath('/applications/:id', '/applications')).toBeNull();
    expect(matchPath('/applications/:id', '/applications/1/history')).toBeNull();
    expect(matchPath('/applications/new', '/applications/old')).toBeNull();
    expect(matchPath('/applications/:id', '/applications/%E0%A4%A')).toBeNull();
    expect(matchPath('/', '/anything')).toBeNull();
  });
});

describe('resolveRoute', () => {
  const routes = [{ path: '/' }, { path: '/applications/new' }, { path: '/applications/:id' }];

  it('takes the first matching route, so a static path wins over a parameter', () => {
    expect(resolveRoute(routes, '/applications/new')?.route.path).toBe('/applications/new');
    expect(resolveRoute(routes, '/applications/42')).toEqual({ route: routes[2], params: { id: '42' } });
  });

  it('returns null when nothing matches', () => {
    expect(resolveRoute(routes, '/nowhere')).toBeNull();
  });
});

describe('withQuery', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(withQuery('/', { state: undefined, q: '' })).toBe('/');
    expect(withQuery('/v1/applications', { state: 'submitted', limit: 25, cursor: 'a b&c' })).toBe(
      '/v1/applications?state=submitted&limit=25&cursor=a+b%26c',
    );
  });
});
