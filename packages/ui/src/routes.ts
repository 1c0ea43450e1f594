export type RouteParams = Record<string, string>;

/**
 * Matches a pathname against a pattern like `/applications/:id`. Segments are compared exactly,
 * a trailing slash is ignored, and parameters are URL-decoded. Returns null when it does not match.
 */
export function matchPath(pattern: string, pathname: string): RouteParams | null {
  const split = (p: string) => p.split('/').filter((s) => s.length > 0);
  const want = split(pattern);
  const have = split(pathname);
  if (want.length !== have.length) return null;
  const params: RouteParams = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    const h = have[i] as string;
    if (w.startsWith(':')) {
      let value: string;
      try {
        value = decodeURIComponent(h);
      } catch {
        return null;
      }
      params[w.slice(1)] = value;
    } else if (w !== h) {
      return null;
    }
  }
  return params;
}

export interface RouteMatch<R> {
  route: R;
  params: RouteParams;
}

/** The first route whose path matches, so specific patterns go before general ones. */
export function resolveRoute<R extends { path: string }>(
  routes: readonly R[],
  pathname: string,
): RouteMatch<R> | null {
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return null;
}

/** Builds a path with a query string, leaving out empty values. */
export function withQuery(path: string, query: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  }
  const s = search.toString();
  return s ? `${path}?${s}` : path;
}
