import type { RealmClient } from './realm.ts';

/**
 * Keycloak's redirect URI and web origin rules, which oidc-provider does not have: a registered URI ending
 * in `*` is a prefix, so `http://localhost:*` admits every port on localhost.
 */

const UNSAFE_PATH = /(\/|%2f|%5c|\\)(%2e|\.){2}(\/|%2f|%5c|\\|$)/i;

export function redirectUriAllowed(value: string, patterns: readonly string[]): boolean {
  const parsed = URL.parse(value);
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) return false;
  // Keycloak refuses wildcards for URIs with user info or `..` segments; both can smuggle in another host.
  const wildcardsAllowed = parsed.username === '' && parsed.password === '' && !UNSAFE_PATH.test(value);
  const withoutQuery = value.replace(/[?#].*$/, '');
  return patterns.some((pattern) => {
    if (!pattern.endsWith('*') || pattern.includes('?')) return pattern === value;
    if (!wildcardsAllowed) return false;
    const prefix = pattern.slice(0, -1);
    if (!withoutQuery.startsWith(prefix) && withoutQuery !== prefix.replace(/\/$/, '')) return false;
    // A prefix stopping inside the authority ("http://localhost:") must still name the same host.
    const patternHost = /^https?:\/\/([^/:?#]+)/i.exec(prefix)?.[1]?.toLowerCase();
    return patternHost === undefined || patternHost === parsed.hostname;
  });
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackOrigin(origin: string): boolean {
  const parsed = URL.parse(origin);
  return (
    parsed !== null &&
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
    parsed.origin === origin &&
    LOOPBACK_HOSTS.has(parsed.hostname)
  );
}

/**
 * Whether a browser page on `origin` may call the token and userinfo endpoints for this client.
 * `*` is read as "any loopback origin": the realm needs `*` because Keycloak has no per-port wildcard for
 * web origins, but the development IdP has no reason to answer pages served from anywhere else.
 */
export function originAllowed(origin: string, client: RealmClient): boolean {
  if (origin === 'null' || URL.parse(origin)?.origin !== origin) return false;
  return client.webOrigins.some((entry) => {
    if (entry === '*') return isLoopbackOrigin(origin);
    if (entry === '+') {
      return client.redirectUris.some((uri) => !uri.endsWith('*') && URL.parse(uri)?.origin === origin);
    }
    return entry === origin;
  });
}
