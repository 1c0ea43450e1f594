import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type DevIdp, startDevIdp } from './index.ts';
import { authorizationUrl, loginFormAction, loginWithPassword, pkcePair, TestBrowser } from './testing.ts';

const REDIRECT_URI = 'http://localhost:5173/callback';
const PORTAL_ORIGIN = 'http://localhost:5173';

let idp: DevIdp;
let consoleOutput: string[] = [];

beforeAll(async () => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleOutput.push(args.map(String).join(' '));
    });
  }
  idp = await startDevIdp({ host: '127.0.0.1' });
});

afterAll(async () => {
  await idp.close();
  vi.restoreAllMocks();
});

afterEach(() => {
  // Nothing a person typed may end up in the logs.
  const logs = consoleOutput.join('\n');
  expect(logs).not.toMatch(/sofie|wout|anna|demo|wrong-password/i);
  consoleOutput = [];
});

/** A demo user's tokens through a client's login form (every demo user's password is "demo"). */
function demoLogin(username: string, clientId = 'loket-portal', redirectUri = REDIRECT_URI) {
  return loginWithPassword(idp.issuer, clientId, username, 'demo', redirectUri);
}

/** Starts an authorization request and returns the login page it leads to. */
async function openLoginPage(browser: TestBrowser, clientId = 'loket-portal', redirectUri = REDIRECT_URI) {
  const { verifier, challenge } = pkcePair();
  const state = 'state-123';
  const nonce = 'nonce-456';
  const start = authorizationUrl(idp.issuer, { clientId, redirectUri, challenge, state, nonce });
  const { response, url } = await browser.follow(start);
  return { response, url, html: await response.text(), verifier, state, nonce };
}

function submitLogin(browser: TestBrowser, action: string, username: string, password: string) {
  return browser.follow(
    action,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username, password }).toString(),
    },
    (location) => location.startsWith(REDIRECT_URI),
  );
}

async function exchangeCode(code: string, verifier: string, origin?: string) {
  return fetch(`${idp.issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      ...(origin ? { Origin: origin } : {}),
    },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      client_id: 'loket-portal',
      code_verifier: verifier,
    }).toString(),
  });
}

describe('discovery', () => {
  it('serves the Keycloak realm layout', async () => {
    expect(idp.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/realms\/loket$/);
    expect(idp.issuer.startsWith(idp.url)).toBe(true);
    const response = await fetch(`${idp.issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const config = (await response.json()) as Record<string, unknown>;
    const oidc = `${idp.issuer}/protocol/openid-connect`;
    expect(config).toMatchObject({
      issuer: idp.issuer,
      authorization_endpoint: `${oidc}/auth`,
      token_endpoint: `${oidc}/token`,
      jwks_uri: `${oidc}/certs`,
      userinfo_endpoint: `${oidc}/userinfo`,
      end_session_endpoint: `${oidc}/logout`,
      code_challenge_methods_supported: ['S256'],
      response_types_supported: ['code'],
    });
    const jwks = (await (await fetch(`${oidc}/certs`)).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('answers keycloak-js third-party cookie check so it does not wait for a timeout', async () => {
    const response = await fetch(`${idp.issuer}/protocol/openid-connect/3p-cookies/step1.html`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("postMessage('unsupported'");
  });
});

describe('authorization code flow with PKCE', () => {
  it('shows an accessible login form with Keycloak field names', async () => {
    const { response, url, html } = await openLoginPage(new TestBrowser());
    expect(response.status).toBe(200);
    expect(url).toContain(`${idp.issuer}/login-actions/authenticate/`);
    expect(html).toMatch(/<label for="username">[^<]+<\/label>/);
    expect(html).toMatch(/<input id="username" name="username"/);
    expect(html).toMatch(/<label for="password">[^<]+<\/label>/);
    expect(html).toMatch(/<input id="password" name="password" type="password"/);
    expect(html).toMatch(/<button name="login" id="kc-login" type="submit">Sign In<\/button>/);
    expect(html).toContain('<html lang="en">');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('signs in, redirects with a code and issues verifiable Keycloak-shaped tokens', async () => {
    const browser = new TestBrowser();
    const page = await openLoginPage(browser);
    const { url } = await submitLogin(browser, loginFormAction(page.html, page.url), 'sofie', 'demo');

    const callback = new URL(url);
    expect(callback.origin + callback.pathname).toBe(REDIRECT_URI);
    expect(callback.searchParams.get('state')).toBe(page.state);
    expect(callback.searchParams.get('iss')).toBe(idp.issuer);
    const code = callback.searchParams.get('code');
    expect(code).toBeTruthy();

    const response = await exchangeCode(code as string, page.verifier);
    expect(response.status).toBe(200);
    const tokens = (await response.json()) as Record<string, unknown>;
    expect(tokens).toMatchObject({ token_type: 'Bearer', expires_in: 300 });

    const jwks = createRemoteJWKSet(new URL(`${idp.issuer}/protocol/openid-connect/certs`));
    const { payload: access, protectedHeader } = await jwtVerify(String(tokens.access_token), jwks, {
      issuer: idp.issuer,
      audience: 'loket-api',
      algorithms: ['RS256'],
    });
    expect(protectedHeader.alg).toBe('RS256');
    expect(access).toMatchObject({
      sub: '6b10405a-2c16-4347-864a-3041884c2db3',
      azp: 'loket-portal',
      typ: 'Bearer',
      realm_access: { roles: ['applicant'] },
      employers: ['0417097129', '0812345603'],
      preferred_username: 'sofie',
      name: 'Sofie Claes',
      given_name: 'Sofie',
      family_name: 'Claes',
      email: 'sofie.claes@example.com',
    });
    expect(access).not.toHaveProperty('authority');
    expect((access.exp ?? 0) - (access.iat ?? 0)).toBe(300);

    const { payload: id } = await jwtVerify(String(tokens.id_token), jwks, {
      issuer: idp.issuer,
      audience: 'loket-portal',
    });
    expect(id).toMatchObject({
      sub: access.sub,
      nonce: page.nonce,
      preferred_username: 'sofie',
      name: 'Sofie Claes',
      given_name: 'Sofie',
      family_name: 'Claes',
      email: 'sofie.claes@example.com',
      employers: ['0417097129', '0812345603'],
    });

    // keycloak-js decodes the refresh token; it must be a JWT.
    expect(decodeJwt(String(tokens.refresh_token))).toMatchObject({ typ: 'Refresh', azp: 'loket-portal' });

    // The code is single use.
    const again = await exchangeCode(code as string, page.verifier);
    expect(again.status).toBe(400);
  });

  it('carries the authority of officers and the roles of each user', async () => {
    const jwks = createRemoteJWKSet(new URL(`${idp.issuer}/protocol/openid-connect/certs`));
    const cases = [
      ['wout', 'loket-work-inbox', 'work_caseworker', 'work_flanders'],
      ['bruno', 'loket-work-inbox', 'work_caseworker', 'work_brussels'],
      ['rita', 'loket-residence-inbox', 'residence_officer', 'residence_federal'],
      ['ada', 'loket-portal', 'analyst', undefined],
    ] as const;
    for (const [username, clientId, role, authority] of cases) {
      const tokens = await demoLogin(username, clientId, 'http://127.0.0.1:5174/');
      const { payload } = await jwtVerify(tokens.accessToken, jwks, {
        issuer: idp.issuer,
        audience: 'loket-api',
      });
      expect(payload.realm_access).toEqual({ roles: [role] });
      expect(payload.azp).toBe(clientId);
      expect(payload.authority).toBe(authority);
      expect(payload).not.toHaveProperty('employers');
    }
  });

  it('gives the team leads their service role and the team-lead role', async () => {
    const cases = [
      ['tom', 'loket-work-inbox', ['work_caseworker', 'team_lead'], 'work_flanders'],
      ['nadia', 'loket-residence-inbox', ['residence_officer', 'team_lead'], 'residence_federal'],
    ] as const;
    for (const [username, clientId, roles, authority] of cases) {
      const tokens = await demoLogin(username, clientId, 'http://127.0.0.1:5174/');
      expect(decodeJwt(tokens.accessToken)).toMatchObject({ realm_access: { roles }, authority });
    }
  });

  it('accepts the email address as login, like Keycloak', async () => {
    const tokens = await demoLogin('Anna.Peeters@example.com');
    expect(decodeJwt(tokens.accessToken).preferred_username).toBe('anna');
  });

  it('shows an error for a wrong password and issues no code, then accepts a retry', async () => {
    const browser = new TestBrowser();
    const page = await openLoginPage(browser);
    const action = loginFormAction(page.html, page.url);

    for (const [username, password] of [
      ['sofie', 'wrong-password'],
      ['nobody', 'demo'],
      ['', ''],
    ]) {
      const { response, url } = await submitLogin(browser, action, username as string, password as string);
      expect(response.status).toBe(200);
      expect(url).toBe(action);
      const html = await response.text();
      expect(html).toContain('Invalid username or password.');
      expect(html).toContain('role="alert"');
      expect(html).not.toContain('wrong-password');
    }

    const { url } = await submitLogin(browser, action, 'sofie', 'demo');
    expect(new URL(url).searchParams.get('code')).toBeTruthy();
  });

  it('never shows a consent screen, even when the client asks for one', async () => {
    const browser = new TestBrowser();
    const page = await openLoginPage(browser);
    await submitLogin(browser, loginFormAction(page.html, page.url), 'anna', 'demo');

    const { challenge } = pkcePair();
    const url = new URL(
      authorizationUrl(idp.issuer, {
        clientId: 'loket-portal',
        redirectUri: REDIRECT_URI,
        challenge,
        state: 's2',
      }),
    );
    url.searchParams.set('prompt', 'consent');
    url.searchParams.set('scope', 'openid profile email offline_access');
    const { url: landed } = await browser.follow(url.href, {}, (location) =>
      location.startsWith(REDIRECT_URI),
    );
    expect(new URL(landed).searchParams.get('code')).toBeTruthy();

    // With the SSO session, a silent request (keycloak-js check-sso) gets a code straight away.
    url.searchParams.set('prompt', 'none');
    const silent = await browser.follow(url.href, {}, (location) => location.startsWith(REDIRECT_URI));
    expect(new URL(silent.url).searchParams.get('code')).toBeTruthy();
    // Without it, the silent request comes back with login_required.
    const anonymous = await new TestBrowser().follow(url.href, {}, (location) =>
      location.startsWith(REDIRECT_URI),
    );
    expect(new URL(anonymous.url).searchParams.get('error')).toBe('login_required');
  });

  it('requires PKCE with S256', async () => {
    const url = new URL(`${idp.issuer}/protocol/openid-connect/auth`);
    url.search = new URLSearchParams({
      client_id: 'loket-portal',
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'openid',
      state: 's',
    }).toString();
    const response = await fetch(url, { redirect: 'manual' });
    const location = new URL(response.headers.get('location') ?? '', url);
    expect(location.origin + location.pathname).toBe(REDIRECT_URI);
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('code')).toBeNull();

    url.searchParams.set('code_challenge', 'x'.repeat(43));
    url.searchParams.set('code_challenge_method', 'plain');
    const plain = await fetch(url, { redirect: 'manual' });
    expect(new URL(plain.headers.get('location') ?? '', url).searchParams.get('error')).toBe(
      'invalid_request',
    );
  });

  it('refuses redirect URIs outside the realm patterns', async () => {
    for (const redirectUri of [
      'http://evil.example/callback',
      'http://localhost.evil.example/',
      'http://localhost:80@evil.example/',
    ]) {
      const { challenge } = pkcePair();
      const response = await fetch(
        authorizationUrl(idp.issuer, { clientId: 'loket-portal', redirectUri, challenge, state: 's' }),
        { redirect: 'manual' },
      );
      expect(response.status).toBe(400);
      expect(response.headers.get('location')).toBeNull();
    }
  });

  it('rejects an unknown client', async () => {
    const { challenge } = pkcePair();
    const response = await fetch(
      authorizationUrl(idp.issuer, { clientId: 'nope', redirectUri: REDIRECT_URI, challenge, state: 's' }),
      { redirect: 'manual' },
    );
    expect(response.status).toBe(400);
  });
});

describe('refresh, userinfo, CORS and logout', () => {
  async function refresh(refreshToken: string, origin?: string) {
    return fetch(`${idp.issuer}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        ...(origin ? { Origin: origin } : {}),
      },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
        client_id: 'loket-portal',
      }).toString(),
    });
  }

  it('refreshes tokens with the refresh_token grant', async () => {
    const tokens = await demoLogin('anna');
    const response = await refresh(tokens.refreshToken);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, string>;
    const jwks = createRemoteJWKSet(new URL(`${idp.issuer}/protocol/openid-connect/certs`));
    const { payload } = await jwtVerify(String(body.access_token), jwks, {
      issuer: idp.issuer,
      audience: 'loket-api',
    });
    expect(payload).toMatchObject({ sub: decodeJwt(tokens.accessToken).sub, employers: ['0417097129'] });
    expect(body.access_token).not.toBe(tokens.accessToken);
    expect(decodeJwt(String(body.refresh_token)).typ).toBe('Refresh');
    expect(body.id_token).toBeTruthy();

    // Refresh tokens rotate for public clients: the old one is spent.
    expect((await refresh(tokens.refreshToken)).status).toBe(400);
  });

  it('answers userinfo for the JWT access token', async () => {
    const tokens = await demoLogin('wout', 'loket-work-inbox');
    const userinfo = `${idp.issuer}/protocol/openid-connect/userinfo`;
    const response = await fetch(userinfo, { headers: { Authorization: `Bearer ${tokens.accessToken}` } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      sub: 'bb468e49-1c22-46c2-b851-bd3302f72032',
      preferred_username: 'wout',
      name: 'Wout Maes',
      given_name: 'Wout',
      family_name: 'Maes',
      email: 'wout.maes@example.com',
      email_verified: true,
      authority: 'work_flanders',
    });

    for (const authorization of [
      undefined,
      'Bearer garbage',
      `Bearer ${tokens.refreshToken}`,
      `Bearer ${tokens.idToken}`,
    ]) {
      const refused = await fetch(userinfo, {
        headers: authorization ? { Authorization: authorization } : {},
      });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer /);
    }
  });

  it('sends CORS headers with credentials to allowed origins only', async () => {
    const token = `${idp.issuer}/protocol/openid-connect/token`;
    const preflight = await fetch(token, {
      method: 'OPTIONS',
      headers: {
        Origin: PORTAL_ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(PORTAL_ORIGIN);
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');

    const tokens = await demoLogin('anna');
    const allowed = await refresh(tokens.refreshToken, 'http://127.0.0.1:61234');
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:61234');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');

    const body = (await allowed.json()) as { refresh_token: string; access_token: string };
    const foreign = await refresh(body.refresh_token, 'http://evil.example');
    expect(foreign.status).toBe(400);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(foreign.headers.get('access-control-allow-credentials')).toBeNull();

    const userinfo = await fetch(`${idp.issuer}/protocol/openid-connect/userinfo`, {
      headers: { Authorization: `Bearer ${body.access_token}`, Origin: PORTAL_ORIGIN },
    });
    expect(userinfo.status).toBe(200);
    expect(userinfo.headers.get('access-control-allow-origin')).toBe(PORTAL_ORIGIN);
    expect(userinfo.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('logs out the way keycloak-js asks and ends the session', async () => {
    const browser = new TestBrowser();
    const page = await openLoginPage(browser);
    const { url } = await submitLogin(browser, loginFormAction(page.html, page.url), 'anna', 'demo');
    const code = new URL(url).searchParams.get('code') as string;
    const tokens = (await (await exchangeCode(code, page.verifier)).json()) as Record<string, string>;

    // What keycloak-js's createLogoutUrl() builds.
    const logout = new URL(`${idp.issuer}/protocol/openid-connect/logout`);
    logout.search = new URLSearchParams({
      client_id: 'loket-portal',
      post_logout_redirect_uri: 'http://localhost:5173/',
      id_token_hint: String(tokens.id_token),
    }).toString();
    const confirmPage = await browser.request(logout.href);
    expect(confirmPage.status).toBe(200);
    const html = await confirmPage.text();
    const action = /<form id="op.logoutForm" method="post" action="([^"]+)"/.exec(html)?.[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
    expect(action && xsrf).toBeTruthy();
    expect(html).toContain('form.submit()');

    const done = await browser.request(String(action), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf: String(xsrf), logout: 'yes' }).toString(),
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('http://localhost:5173/');

    // The session is gone: userinfo and refresh stop working, and a new login shows the form again.
    const userinfo = await fetch(`${idp.issuer}/protocol/openid-connect/userinfo`, {
      headers: { Authorization: `Bearer ${tokens.access_token}` },
    });
    expect(userinfo.status).toBe(401);
    expect((await refresh(String(tokens.refresh_token))).status).toBe(400);
    const again = await openLoginPage(browser);
    expect(again.html).toContain('id="kc-form-login"');
  });

  it('maps the legacy redirect_uri logout parameter and refuses foreign targets', async () => {
    const browser = new TestBrowser();
    const page = await openLoginPage(browser);
    await submitLogin(browser, loginFormAction(page.html, page.url), 'bart', 'demo');
    const legacy = await browser.request(
      `${idp.issuer}/protocol/openid-connect/logout?client_id=loket-portal&redirect_uri=${encodeURIComponent('http://localhost:5173/')}`,
    );
    expect(legacy.status).toBe(200);
    const foreign = await browser.request(
      `${idp.issuer}/protocol/openid-connect/logout?client_id=loket-portal&post_logout_redirect_uri=${encodeURIComponent('http://evil.example/')}`,
    );
    expect(foreign.status).toBe(400);
  });
});

describe('options', () => {
  it('issues short-lived access tokens when asked to', async () => {
    const short = await startDevIdp({ accessTokenTtlSeconds: 1 });
    try {
      expect(short.issuer).toMatch(/^http:\/\/localhost:\d+\/realms\/loket$/);
      const tokens = await loginWithPassword(short.issuer, 'loket-portal', 'anna', 'demo', REDIRECT_URI);
      const claims = decodeJwt(tokens.accessToken);
      expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(1);
    } finally {
      await short.close();
    }
  });
});
