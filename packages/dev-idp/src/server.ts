/// <reference path="./oidc-provider-internals.d.ts" />
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  jwtVerify,
  type KeyObject,
} from 'jose';
import Provider, { type Configuration, errors } from 'oidc-provider';
import { createMemoryAdapter } from 'oidc-provider/lib/adapters/memory_adapter.js';
import { escapeHtml, loginPage, logoutPage, messagePage, page, thirdPartyCookiesPage } from './pages.ts';
import {
  checkPassword,
  findUserByLogin,
  loadRealm,
  type Realm,
  type RealmClient,
  type TokenKind,
  userClaims,
} from './realm.ts';
import { originAllowed, redirectUriAllowed } from './redirects.ts';

export interface DevIdpOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Host name in the issuer URL. Default `localhost`. */
  host?: string;
  /** Address to bind; defaults to 127.0.0.1 for `localhost`, otherwise to `host`. */
  listenHost?: string;
  /** Keycloak realm export to read clients, roles and users from. Default: infra/keycloak/loket-realm.json. */
  realmFile?: string;
  /** Lifetime of access and ID tokens. Default 300 s, Keycloak's default. */
  accessTokenTtlSeconds?: number;
  /** Lifetime of a refresh token, renewed on every refresh. Default 1800 s (Keycloak's SSO idle timeout). */
  refreshTokenTtlSeconds?: number;
  /** Private RSA JWK to sign with, so tokens survive a restart; a fresh key is generated otherwise. */
  signingKey?: JWK;
}

export interface DevIdp {
  /** `http://<host>:<port>/realms/<realm>`, the `iss` of every token. */
  issuer: string;
  /** `http://<host>:<port>`, what keycloak-js calls the server `url`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Access tokens are issued for this one resource indicator. It stands for "the audiences the realm's
 * audience mappers give this client"; clients never need to send it.
 */
const ACCESS_TOKEN_RESOURCE = 'urn:dev-idp:realm-audiences';
/** Keycloak's default client scopes put profile and email claims in every token, whatever the scope asks. */
const OIDC_SCOPES = ['openid', 'profile', 'email', 'offline_access', 'roles', 'web-origins', 'acr', 'basic'];

export async function generateSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: 'RS256', use: 'sig' };
}

async function readBody(req: IncomingMessage, limit = 16 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'";

function sendHtml(res: ServerResponse, status: number, html: string, csp = PAGE_CSP): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Security-Policy', csp);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.end(html);
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.end(JSON.stringify(body));
}

export async function startDevIdp(options: DevIdpOptions = {}): Promise<DevIdp> {
  const realm: Realm = loadRealm(options.realmFile);
  const host = options.host ?? 'localhost';
  const listenHost = options.listenHost ?? (host === 'localhost' ? '127.0.0.1' : host);
  const accessTokenTtl = options.accessTokenTtlSeconds ?? 300;
  const refreshTokenTtl = options.refreshTokenTtlSeconds ?? 1800;
  for (const [name, value] of [
    ['accessTokenTtlSeconds', accessTokenTtl],
    ['refreshTokenTtlSeconds', refreshTokenTtl],
  ] as const) {
    if (!Number.isInteger(value) || value <= 0) throw new TypeError(`${name} must be a positive integer`);
  }

  const signingJwk = options.signingKey ?? (await generateSigningKey());
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = signingJwk;
  const verificationKey = (await importJWK(publicJwk, 'RS256')) as KeyObject;
  // Refresh tokens are HMAC-signed like Keycloak's, with a key no resource server knows.
  const refreshTokenSecret = randomBytes(32);

  const base = `/realms/${encodeURIComponent(realm.name)}`;
  const oidcBase = `${base}/protocol/openid-connect`;
  const clientsById = new Map(realm.clients.map((c) => [c.clientId, c]));
  const anyClientAllowsOrigin = (origin: string) => realm.clients.some((c) => originAllowed(origin, c));

  let provider: Provider | undefined;
  let providerHandler: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | undefined;
  let issuer = '';

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      // Error messages here come from this code or oidc-provider, never from request contents.
      console.error(`dev-idp: ${err instanceof Error ? err.message : 'unexpected error'}`);
      if (!res.headersSent) sendHtml(res, 500, messagePage('Error', 'Something went wrong.'));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://dev-idp.invalid');
    const path = url.pathname;
    if (!provider || !providerHandler) {
      sendHtml(res, 503, messagePage('Starting', 'The identity provider is starting.'));
      return;
    }
    if (path.startsWith(`${base}/login-actions/authenticate/`)) {
      await loginAction(provider, req, res, path.slice(`${base}/login-actions/authenticate/`.length));
      return;
    }
    if (path === `${oidcBase}/userinfo`) {
      await userinfo(req, res);
      return;
    }
    if (path === `${oidcBase}/3p-cookies/step1.html`) {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(thirdPartyCookiesPage);
      return;
    }
    if (path === `${oidcBase}/logout` && req.method === 'GET') {
      // Older keycloak-js versions and hand-written links still send Keycloak's pre-18 `redirect_uri`.
      const legacy = url.searchParams.get('redirect_uri');
      if (legacy !== null && !url.searchParams.has('post_logout_redirect_uri')) {
        url.searchParams.delete('redirect_uri');
        url.searchParams.set('post_logout_redirect_uri', legacy);
        req.url = `${url.pathname}${url.search}`;
      }
    }
    if (path === base || path.startsWith(`${base}/`)) {
      // oidc-provider derives its mount path from the difference between originalUrl and url.
      const mounted = req as IncomingMessage & { originalUrl?: string };
      mounted.originalUrl = req.url;
      req.url = (req.url ?? '/').slice(base.length) || '/';
      await providerHandler(req, res);
      return;
    }
    sendHtml(res, 404, messagePage('Not found', 'There is nothing here.'));
  }

  async function loginAction(p: Provider, req: IncomingMessage, res: ServerResponse, uid: string) {
    const details = await p.interactionDetails(req, res).catch(() => undefined);
    if (!details || details.uid !== uid) {
      sendHtml(
        res,
        400,
        messagePage(
          'Sign-in expired',
          'This sign-in attempt has expired or was already completed. Go back to the application and sign in again.',
        ),
      );
      return;
    }

    if (details.prompt.name !== 'login') {
      // No consent screen: every client in the realm is first-party, so whatever it asks for is granted.
      const missing = details.prompt.details as {
        missingOIDCScope?: string[];
        missingOIDCClaims?: string[];
        missingResourceScopes?: Record<string, string[]>;
      };
      const grant = details.grantId
        ? await p.Grant.find(details.grantId)
        : new p.Grant({ accountId: details.session?.accountId, clientId: String(details.params.client_id) });
      if (!grant) throw new Error('grant of the interaction not found');
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
        grant.addResourceScope(indicator, scopes.join(' '));
      }
      const grantId = await grant.save();
      await p.interactionFinished(req, res, { consent: details.grantId ? {} : { grantId } });
      return;
    }

    const action = `${base}/login-actions/authenticate/${encodeURIComponent(uid)}`;
    if (req.method === 'GET') {
      const hint = typeof details.params.login_hint === 'string' ? details.params.login_hint : undefined;
      sendHtml(res, 200, loginPage({ realmName: realm.displayName, action, username: hint }));
      return;
    }
    if (req.method !== 'POST') {
      res.statusCode = 405;
      res.setHeader('Allow', 'GET, POST');
      res.end();
      return;
    }

    const form = new URLSearchParams(await readBody(req));
    const username = form.get('username') ?? '';
    const user = findUserByLogin(realm, username);
    if (!checkPassword(user, form.get('password') ?? '') || !user) {
      sendHtml(
        res,
        200,
        loginPage({ realmName: realm.displayName, action, username, error: 'Invalid username or password.' }),
      );
      return;
    }
    await p.interactionFinished(
      req,
      res,
      // Like Keycloak without "remember me": the SSO session lasts until the browser closes.
      { login: { accountId: user.id, amr: ['pwd'], remember: false } },
      { mergeWithLastSubmission: false },
    );
  }

  function corsHeaders(req: IncomingMessage, methods: string): Record<string, string> | undefined {
    const origin = req.headers.origin;
    if (typeof origin !== 'string' || !anyClientAllowsOrigin(origin)) return undefined;
    return {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Allow-Methods': methods,
      'Access-Control-Allow-Headers': 'Authorization, Content-Type',
      'Access-Control-Max-Age': '3600',
      Vary: 'Origin',
    };
  }

  /**
   * oidc-provider's own userinfo endpoint refuses access tokens issued for a resource server, which all
   * tokens here are (Keycloak puts the API audience into them), so userinfo is answered here.
   */
  async function userinfo(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const cors = corsHeaders(req, 'GET, POST');
    if (req.method === 'OPTIONS') {
      res.statusCode = 204;
      for (const [k, v] of Object.entries(cors ?? {})) res.setHeader(k, v);
      res.end();
      return;
    }
    const headers = { ...(cors ?? {}) };
    const fail = (error: string, description: string) =>
      sendJson(
        res,
        401,
        { error, error_description: description },
        { ...headers, 'WWW-Authenticate': `Bearer realm="${realm.name}", error="${error}"` },
      );
    if (req.method !== 'GET' && req.method !== 'POST') {
      sendJson(res, 405, { error: 'invalid_request' }, { ...headers, Allow: 'GET, POST' });
      return;
    }
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (!match?.[1]) {
      fail('invalid_request', 'missing bearer token');
      return;
    }
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(match[1], verificationKey, {
        issuer,
        algorithms: ['RS256'],
        typ: 'at+jwt',
        requiredClaims: ['sub', 'exp', 'azp'],
      }));
    } catch {
      fail('invalid_token', 'token is invalid or expired');
      return;
    }
    // Keycloak answers userinfo only while the session the token came from is alive.
    if (typeof payload.sid === 'string' && !(await provider?.Session.findByUid(payload.sid))) {
      fail('invalid_token', 'session has ended');
      return;
    }
    const user = realm.users.find((u) => u.id === payload.sub);
    if (!user) {
      fail('invalid_token', 'user no longer exists');
      return;
    }
    sendJson(res, 200, userClaims(realm, user, clientsById.get(String(payload.azp)), 'userinfo'), headers);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, listenHost, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  issuer = `${origin}${base}`;

  const claimsForClient = (accountId: string, clientId: string | undefined, kind: TokenKind) => {
    const user = realm.users.find((u) => u.id === accountId);
    if (!user) return undefined;
    return userClaims(realm, user, clientId ? clientsById.get(clientId) : undefined, kind);
  };
  const attributeClaimNames = [
    ...new Set(realm.clients.flatMap((c) => c.attributeClaims.map((m) => m.claim))),
  ];

  const configuration: Configuration = {
    clients: realm.clients.map((c) => ({
      client_id: c.clientId,
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      // oidc-provider needs valid URLs here; the realm's wildcard patterns are applied below instead.
      redirect_uris: [`${origin}/unused-redirect`],
      post_logout_redirect_uris: [`${origin}/unused-redirect`],
    })),
    // In-memory state is what a development IdP wants; passing the adapter explicitly (rather than relying
    // on the default) also keeps oidc-provider from printing its production warning on every start.
    adapter: createMemoryAdapter(5),
    jwks: { keys: [signingJwk] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    async findAccount(ctx, sub) {
      const user = realm.users.find((u) => u.id === sub);
      if (!user) return undefined;
      return {
        accountId: user.id,
        async claims(use) {
          const kind: TokenKind = use === 'id_token' ? 'id' : 'userinfo';
          return claimsForClient(user.id, ctx.oidc.client?.clientId, kind) as { sub: string };
        },
      };
    },
    claims: {
      // All under `openid`, because Keycloak's default scopes add them without being asked for.
      openid: [
        'sub',
        'preferred_username',
        'name',
        'given_name',
        'family_name',
        'email',
        'email_verified',
        ...attributeClaimNames,
      ],
      profile: ['preferred_username', 'name', 'given_name', 'family_name'],
      email: ['email', 'email_verified'],
    },
    scopes: OIDC_SCOPES,
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    pkce: { required: () => true },
    routes: {
      authorization: '/protocol/openid-connect/auth',
      token: '/protocol/openid-connect/token',
      jwks: '/protocol/openid-connect/certs',
      userinfo: '/protocol/openid-connect/userinfo',
      end_session: '/protocol/openid-connect/logout',
      revocation: '/protocol/openid-connect/revoke',
      introspection: '/protocol/openid-connect/token/introspect',
      pushed_authorization_request: '/protocol/openid-connect/ext/par/request',
    },
    interactions: {
      url: (_ctx, interaction) => `${base}/login-actions/authenticate/${interaction.uid}`,
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx, form) {
          const nonce = randomBytes(16).toString('base64');
          ctx.type = 'html';
          ctx.set('Content-Security-Policy', `${PAGE_CSP}; script-src 'nonce-${nonce}'`);
          ctx.body = logoutPage(realm.displayName, form, nonce);
        },
        postLogoutSuccessSource(ctx) {
          ctx.type = 'html';
          ctx.body = messagePage('Signed out', 'You are signed out.');
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => ACCESS_TOKEN_RESOURCE,
        // Token requests never name the resource; keep issuing for the one the authorization was for.
        useGrantedResource: () => true,
        getResourceServerInfo(_ctx, indicator, client) {
          if (indicator !== ACCESS_TOKEN_RESOURCE) throw new errors.InvalidTarget();
          const audiences = clientsById.get(client.clientId)?.audiences ?? [];
          return {
            scope: OIDC_SCOPES.join(' '),
            // oidc-provider insists on one audience string: the client's own id stands in when the realm has no
            // audience mapper (a token no API accepts), and further audiences are added by the customizer below.
            audience: audiences[0] ?? client.clientId,
            accessTokenTTL: accessTokenTtl,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    async loadExistingGrant(ctx) {
      const { client, account, session } = ctx.oidc;
      if (!client || !account) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session?.grantIdFor(client.clientId);
      const existing = grantId ? await ctx.oidc.provider.Grant.find(grantId) : undefined;
      // Every client is first-party: grant what is asked for instead of showing a consent screen.
      const grant =
        existing && existing.accountId === account.accountId
          ? existing
          : new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: account.accountId });
      grant.addOIDCScope([...ctx.oidc.requestParamOIDCScopes].join(' '));
      grant.addOIDCClaims([...ctx.oidc.requestParamClaims]);
      for (const [indicator, resourceServer] of Object.entries(ctx.oidc.resourceServers ?? {})) {
        grant.addResourceScope(indicator, resourceServer.scope ?? '');
      }
      await grant.save();
      return grant;
    },
    async extraTokenClaims(_ctx, token) {
      const { accountId, clientId, sessionUid } = token as {
        accountId?: string;
        clientId?: string;
        sessionUid?: string;
      };
      if (!accountId) return undefined;
      return {
        typ: 'Bearer',
        azp: clientId,
        ...(sessionUid ? { sid: sessionUid } : {}),
        ...claimsForClient(accountId, clientId, 'access'),
      };
    },
    formats: {
      customizers: {
        jwt(_ctx, token, jwt) {
          const audiences = clientsById.get(String(token.clientId))?.audiences ?? [];
          if (audiences.length > 1) jwt.payload.aud = audiences;
        },
      },
    },
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    clientBasedCORS(_ctx, requestOrigin, client) {
      const realmClient = clientsById.get(client.clientId);
      return realmClient !== undefined && originAllowed(requestOrigin, realmClient);
    },
    ttl: {
      AccessToken: accessTokenTtl,
      IdToken: accessTokenTtl,
      AuthorizationCode: 60,
      RefreshToken: refreshTokenTtl,
      Interaction: 30 * 60,
      Session: 10 * 60 * 60,
      Grant: 10 * 60 * 60,
      ClientCredentials: accessTokenTtl,
      DeviceCode: 600,
      BackchannelAuthenticationRequest: 600,
    },
    clockTolerance: 5,
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = page(
        'Error',
        `<h1>We are sorry…</h1>\n<p>${escapeHtml(String(out.error_description ?? out.error))}</p>`,
      );
    },
  };

  let oidc: Provider;
  try {
    oidc = new Provider(issuer, configuration);
    installKeycloakCompatibility(oidc, clientsById, anyClientAllowsOrigin, issuer, refreshTokenSecret);
  } catch (err) {
    // The port is already taken at this point; release it, or a bad realm file keeps the process alive.
    server.close();
    throw err;
  }
  provider = oidc;
  providerHandler = oidc.callback() as (req: IncomingMessage, res: ServerResponse) => Promise<void>;

  return {
    issuer,
    url: origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The provider-side changes keycloak-js needs, gathered in one place. */
function installKeycloakCompatibility(
  provider: Provider,
  clientsById: Map<string, RealmClient>,
  anyClientAllowsOrigin: (origin: string) => boolean,
  issuer: string,
  refreshTokenSecret: Buffer,
): void {
  const clientPrototype = provider.Client.prototype as {
    clientId: string;
    redirectUriAllowed(value: string): boolean;
    postLogoutRedirectUriAllowed(value: string): boolean;
  };
  clientPrototype.redirectUriAllowed = function (this: { clientId: string }, value: string) {
    return redirectUriAllowed(value, clientsById.get(this.clientId)?.redirectUris ?? []);
  };
  clientPrototype.postLogoutRedirectUriAllowed = function (this: { clientId: string }, value: string) {
    return redirectUriAllowed(value, clientsById.get(this.clientId)?.postLogoutRedirectUris ?? []);
  };

  // keycloak-js fetches tokens with `credentials: 'include'`; browsers then demand this header too.
  provider.use(async (ctx, next) => {
    await next();
    const origin = ctx.get('Origin');
    if (
      origin &&
      ctx.response.get('Access-Control-Allow-Origin') === origin &&
      anyClientAllowsOrigin(origin)
    ) {
      ctx.set('Access-Control-Allow-Credentials', 'true');
    }
  });

  // keycloak-js decodes the refresh token as a JWT and fails on oidc-provider's opaque ones. The token's
  // identifier (the value the client holds and the storage key) is therefore made a signed JWT itself.
  const refreshTokenPrototype = provider.RefreshToken.prototype as unknown as {
    generateTokenId(this: RefreshTokenFields): string;
  };
  refreshTokenPrototype.generateTokenId = function () {
    const now = Math.floor(Date.now() / 1000);
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const header = encode({ alg: 'HS256', typ: 'JWT' });
    const body = encode({
      exp: this.exp ?? now + this.expiration,
      iat: now,
      jti: randomUUID(),
      iss: issuer,
      aud: issuer,
      sub: this.accountId,
      typ: 'Refresh',
      azp: this.clientId,
      sid: this.sessionUid,
      scope: this.scope,
    });
    const signature = createHmac('sha256', refreshTokenSecret)
      .update(`${header}.${body}`)
      .digest('base64url');
    return `${header}.${body}.${signature}`;
  };
}

interface RefreshTokenFields {
  exp?: number;
  expiration: number;
  accountId?: string;
  clientId?: string;
  sessionUid?: string;
  scope?: string;
}
