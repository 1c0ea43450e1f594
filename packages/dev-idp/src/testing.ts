import { createHash, randomBytes } from 'node:crypto';

/**
 * Helpers for integration tests that need real tokens: a browser-like client (cookies, manual redirects)
 * and the authorization code + PKCE flow through the login form.
 */

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  idToken: string;
}

/** Just enough of a browser for the IdP's pages: one host, cookies by name, redirects one at a time. */
export class TestBrowser {
  readonly cookies = new Map<string, string>();

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) {
      headers.set('Cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) this.store(line);
    return response;
  }

  /** Follows redirects until one leaves `stopWhen` true (or a non-redirect answer arrives). */
  async follow(
    url: string,
    init: RequestInit = {},
    stopWhen: (location: string) => boolean = () => false,
  ): Promise<{ response: Response; url: string }> {
    let current = url;
    let response = await this.request(current, init);
    for (let hops = 0; hops < 20; hops++) {
      const location = response.headers.get('location');
      if (response.status < 300 || response.status > 399 || !location) return { response, url: current };
      current = new URL(location, current).href;
      if (stopWhen(current)) return { response, url: current };
      await response.body?.cancel();
      response = await this.request(current);
    }
    throw new Error('too many redirects');
  }

  private store(line: string): void {
    const [pair = '', ...attributes] = line.split(';');
    const eq = pair.indexOf('=');
    if (eq < 1) return;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const expired = attributes.some((a) => {
      const [key = '', val = ''] = a.split('=').map((s) => s.trim());
      if (key.toLowerCase() === 'max-age') return Number(val) <= 0;
      if (key.toLowerCase() === 'expires') return Date.parse(val) <= Date.now();
      return false;
    });
    if (expired || value === '') this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function authorizationUrl(
  issuer: string,
  params: {
    clientId: string;
    redirectUri: string;
    challenge: string;
    state: string;
    nonce?: string;
    scope?: string;
  },
): string {
  const url = new URL(`${issuer}/protocol/openid-connect/auth`);
  url.search = new URLSearchParams({
    client_id: params.clientId,
    redirect_uri: params.redirectUri,
    response_type: 'code',
    scope: params.scope ?? 'openid',
    state: params.state,
    nonce: params.nonce ?? randomBytes(8).toString('hex'),
    code_challenge: params.challenge,
    code_challenge_method: 'S256',
  }).toString();
  return url.href;
}

/** The `action` of the login form, from the page's HTML. */
export function loginFormAction(html: string, pageUrl: string): string {
  const match = /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no login form on the page');
  return new URL(match[1].replaceAll('&amp;', '&'), pageUrl).href;
}

export class LoginFailedError extends Error {}

/**
 * Signs in through the login form and exchanges the code, as a browser app with keycloak-js would.
 * `redirectUri` must match the client's redirect URIs in the realm (any http://localhost:* does).
 */
export async function loginWithPassword(
  issuer: string,
  clientId: string,
  username: string,
  password: string,
  redirectUri: string,
): Promise<Tokens> {
  const browser = new TestBrowser();
  const { verifier, challenge } = pkcePair();
  const state = randomBytes(8).toString('hex');
  const isCallback = (location: string) => location.startsWith(redirectUri);

  const login = await browser.follow(
    authorizationUrl(issuer, { clientId, redirectUri, challenge, state }),
    {},
    isCallback,
  );
  if (isCallback(login.url))
    throw new LoginFailedError('the IdP redirected back without showing a login form');
  if (login.response.status !== 200) {
    throw new LoginFailedError(`authorization request failed with HTTP ${login.response.status}`);
  }
  const action = loginFormAction(await login.response.text(), login.url);

  const submitted = await browser.follow(
    action,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username, password, credentialId: '' }).toString(),
    },
    isCallback,
  );
  await submitted.response.body?.cancel();
  if (!isCallback(submitted.url)) throw new LoginFailedError('login was refused');

  const callback = new URL(submitted.url);
  const code = callback.searchParams.get('code');
  if (callback.searchParams.get('state') !== state) throw new LoginFailedError('state mismatch');
  if (!code) throw new LoginFailedError(`no code: ${callback.searchParams.get('error') ?? 'unknown error'}`);

  const response = await fetch(`${issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      client_id: clientId,
      code_verifier: verifier,
    }).toString(),
  });
  const body = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new LoginFailedError(`token request failed: ${String(body.error)}`);
  return {
    accessToken: String(body.access_token),
    refreshToken: String(body.refresh_token),
    idToken: String(body.id_token),
  };
}
