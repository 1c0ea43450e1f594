import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRealm, parseRealm, startDevIdp } from './index.ts';
import { checkPassword, findUserByLogin, userClaims } from './realm.ts';
import { isLoopbackOrigin, originAllowed, redirectUriAllowed } from './redirects.ts';
import { loginWithPassword } from './testing.ts';

describe('the Loket realm file', () => {
  const realm = loadRealm();

  it('defines the roles, the four public clients and the demo users', () => {
    expect(realm.name).toBe('loket');
    expect(realm.roles).toEqual([
      'applicant',
      'work_caseworker',
      'residence_officer',
      'analyst',
      'team_lead',
    ]);
    expect(realm.clients.map((c) => c.clientId)).toEqual([
      'loket-portal',
      'loket-work-inbox',
      'loket-residence-inbox',
      'loket-statistics',
    ]);
    for (const client of realm.clients) {
      expect(client.audiences).toEqual(['loket-api']);
      expect(client.attributeClaims.map((m) => [m.claim, m.multivalued])).toEqual([
        ['employers', true],
        ['authority', false],
      ]);
    }
    expect(realm.users.map((u) => u.username)).toEqual([
      'anna',
      'bart',
      'sofie',
      'wout',
      'bruno',
      'rita',
      'ada',
      'lotte',
      'omar',
      'tom',
      'nadia',
    ]);
  });

  it('checks passwords without keeping them', () => {
    const anna = findUserByLogin(realm, 'ANNA');
    expect(anna?.id).toBe('1e423a65-1789-4f39-b93c-1fc206aba404');
    expect(JSON.stringify(realm)).not.toContain('"demo"');
    expect(checkPassword(anna, 'demo')).toBe(true);
    expect(checkPassword(anna, 'Demo')).toBe(false);
    expect(checkPassword(undefined, 'demo')).toBe(false);
  });

  it('puts claims where the mappers say', () => {
    const sofie = findUserByLogin(realm, 'sofie');
    const portal = realm.clients[0];
    if (!sofie || !portal) throw new Error('fixture missing');
    expect(userClaims(realm, sofie, portal, 'access')).toMatchObject({
      realm_access: { roles: ['applicant'] },
      employers: ['0417097129', '0812345603'],
    });
    expect(userClaims(realm, sofie, portal, 'id')).not.toHaveProperty('realm_access');
  });
});

describe('parseRealm', () => {
  const minimal = {
    realm: 'other',
    roles: { realm: [{ name: 'applicant' }] },
    clients: [
      { clientId: 'spa', publicClient: true, redirectUris: ['http://localhost:3000/*'], webOrigins: ['+'] },
      { clientId: 'backend', publicClient: false, secret: 'x' },
    ],
    users: [
      {
        username: 'Eve',
        firstName: 'Eve',
        lastName: 'Example',
        realmRoles: ['applicant', 'offline_access'],
        credentials: [{ type: 'password', value: 'pw' }],
      },
      { username: 'hashed', credentials: [{ type: 'password', secretData: '{}' }] },
      { username: 'disabled', enabled: false, credentials: [{ type: 'password', value: 'pw' }] },
    ],
  };

  it('keeps public clients, derives stable ids and drops roles the realm does not define', () => {
    const realm = parseRealm(minimal);
    expect(realm.clients.map((c) => c.clientId)).toEqual(['spa']);
    expect(realm.users.map((u) => u.username)).toEqual(['eve', 'hashed']);
    const eve = realm.users[0];
    if (!eve) throw new Error('fixture missing');
    expect(eve.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseRealm(minimal).users[0]?.id).toBe(eve.id);
    expect(userClaims(realm, eve, realm.clients[0], 'access').realm_access).toEqual({ roles: ['applicant'] });
    expect(checkPassword(realm.users[1], '')).toBe(false);
  });

  it('refuses something that is not a realm export', () => {
    expect(() => parseRealm({})).toThrow(/realm/);
    expect(() => parseRealm(null)).toThrow(/realm/);
  });

  const dir = mkdtempSync(join(tmpdir(), 'dev-idp-realm-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves another realm file when given one', async () => {
    const file = join(dir, 'other-realm.json');
    writeFileSync(file, JSON.stringify(minimal));
    const idp = await startDevIdp({ realmFile: file });
    try {
      expect(idp.issuer).toMatch(/\/realms\/other$/);
      const tokens = await loginWithPassword(idp.issuer, 'spa', 'eve', 'pw', 'http://localhost:3000/cb');
      // Without an audience mapper the token is for the client itself, so no API accepts it.
      const [, payload = ''] = tokens.accessToken.split('.');
      expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toMatchObject({
        aud: 'spa',
        realm_access: { roles: ['applicant'] },
      });
    } finally {
      await idp.close();
    }
  });
});

describe('Keycloak redirect URI patterns', () => {
  const patterns = ['http://localhost:*', 'https://app.example/callback', 'https://app.example/spa/*'];

  it.each([
    ['http://localhost:5173/', true],
    ['http://localhost:5173/callback?x=1', true],
    ['http://localhost/', false],
    ['https://app.example/callback', true],
    ['https://app.example/callback?x', false],
    ['https://app.example/spa', true],
    ['https://app.example/spa/deep/link', true],
    ['https://app.example/spa/../admin', false],
    ['https://app.example/spa/%2e%2e/admin', false],
    ['http://localhost.evil.example/', false],
    ['http://localhost:80@evil.example/', false],
    ['http://127.0.0.1:5173/', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s -> %s', (uri, allowed) => {
    expect(redirectUriAllowed(uri, patterns)).toBe(allowed);
  });
});

describe('web origins', () => {
  const client = (webOrigins: string[], redirectUris: string[] = []) => ({
    clientId: 'c',
    redirectUris,
    postLogoutRedirectUris: [],
    webOrigins,
    audiences: [],
    attributeClaims: [],
  });

  it('reads * as any loopback origin', () => {
    expect(originAllowed('http://localhost:5173', client(['*']))).toBe(true);
    expect(originAllowed('http://127.0.0.1:1234', client(['*']))).toBe(true);
    expect(originAllowed('http://evil.example', client(['*']))).toBe(false);
    expect(originAllowed('null', client(['*']))).toBe(false);
    expect(originAllowed('http://localhost:5173/path', client(['*']))).toBe(false);
  });

  it('supports exact origins and + like Keycloak', () => {
    expect(originAllowed('https://app.example', client(['https://app.example']))).toBe(true);
    expect(originAllowed('https://app.example', client(['+'], ['https://app.example/cb']))).toBe(true);
    expect(originAllowed('https://other.example', client(['+'], ['https://app.example/cb']))).toBe(false);
    expect(isLoopbackOrigin('http://[::1]:8080')).toBe(true);
    expect(isLoopbackOrigin('http://localhost.example')).toBe(false);
  });
});
