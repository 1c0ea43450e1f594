import { createPublicKey } from 'node:crypto';
import { type DevIdp, startDevIdp } from '@loket/dev-idp';
import { loginWithPassword } from '@loket/dev-idp/testing';
import { decodeJwt, decodeProtectedHeader, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actorFromClaims,
  createAccessTokenVerifier,
  KeySetUnavailableError,
  TokenRejectedError,
} from './index.ts';

const REDIRECT_URI = 'http://localhost:5173/callback';
let idp: DevIdp;

beforeAll(async () => {
  idp = await startDevIdp();
});
afterAll(async () => {
  await idp?.close();
});

const tokenFor = (username: string, clientId = 'loket-portal') =>
  loginWithPassword(idp.issuer, clientId, username, 'demo', REDIRECT_URI);

/** Runs `verify` and returns the rejection, checking it says nothing about the token or the person. */
async function rejection(promise: Promise<unknown>, token?: string): Promise<TokenRejectedError> {
  const err = await promise.then(
    () => {
      throw new Error('token was accepted');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TokenRejectedError);
  const text = `${String(err)} ${JSON.stringify(err)}`;
  expect(text).not.toMatch(/sofie|anna|wout|Claes|0417097129|6b10405a/i);
  if (token) for (const part of token.split('.')) if (part.length > 8) expect(text).not.toContain(part);
  return err as TokenRejectedError;
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('createAccessTokenVerifier against the dev IdP', () => {
  it('accepts a valid token and yields the right actor', async () => {
    const verifier = createAccessTokenVerifier({ issuer: idp.issuer, audience: 'loket-api' });

    const wout = await verifier.verify((await tokenFor('wout', 'loket-work-inbox')).accessToken);
    expect(wout.iss).toBe(idp.issuer);
    expect(wout.azp).toBe('loket-work-inbox');
    expect(actorFromClaims(wout)).toEqual({
      id: 'bb468e49-1c22-46c2-b851-bd3302f72032',
      name: 'Wout Maes',
      roles: ['work_caseworker'],
      employers: [],
      authority: { kind: 'work', region: 'flanders' },
      email: 'wout.maes@example.com',
    });

    const sofie = await verifier.verify((await tokenFor('sofie')).accessToken);
    expect(actorFromClaims(sofie)).toEqual({
      id: '6b10405a-2c16-4347-864a-3041884c2db3',
      name: 'Sofie Claes',
      roles: ['applicant'],
      employers: ['0417097129', '0812345603'],
      email: 'sofie.claes@example.com',
    });

    const rita = await verifier.verify((await tokenFor('rita', 'loket-residence-inbox')).accessToken);
    expect(actorFromClaims(rita).authority).toEqual({ kind: 'residence' });
    const ada = await verifier.verify((await tokenFor('ada')).accessToken);
    expect(actorFromClaims(ada)).toMatchObject({ roles: ['analyst'], employers: [] });
    expect(actorFromClaims(ada)).not.toHaveProperty('authority');
  });

  it('tolerates a trailing slash on the configured issuer', async () => {
    const verifier = createAccessTokenVerifier({ issuer: `${idp.issuer}/`, audience: 'loket-api' });
    await expect(verifier.verify((await tokenFor('anna')).accessToken)).resolves.toMatchObject({
      preferred_username: 'anna',
    });
  });

  it("rejects an expired token with reason 'expired'", async () => {
    const short = await startDevIdp({ accessTokenTtlSeconds: 1 });
    try {
      const { accessToken } = await loginWithPassword(
        short.issuer,
        'loket-portal',
        'sofie',
        'demo',
        REDIRECT_URI,
      );
      const verifier = createAccessTokenVerifier({
        issuer: short.issuer,
        audience: 'loket-api',
        clockToleranceSeconds: 0,
      });
      await expect(verifier.verify(accessToken)).resolves.toBeTruthy();
      await new Promise((resolve) => setTimeout(resolve, 2100));
      const err = await rejection(verifier.verify(accessToken), accessToken);
      expect(err.reason).toBe('expired');
      expect(err.message).toBe('access token expired');
    } finally {
      await short.close();
    }
  });

  it("rejects a tampered signature or payload with reason 'invalid'", async () => {
    const verifier = createAccessTokenVerifier({ issuer: idp.issuer, audience: 'loket-api' });
    const { accessToken } = await tokenFor('sofie');
    // The genuine token verified first (and so remembered) lets no variation of it through.
    await expect(verifier.verify(accessToken)).resolves.toBeTruthy();
    const [header = '', payload = '', signature = ''] = accessToken.split('.');

    const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
    const badSignature = `${header}.${payload}.${flipped}`;
    expect(await rejection(verifier.verify(badSignature), badSignature)).toMatchObject({
      reason: 'invalid',
      detail: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    });

    const claims = decodeJwt(accessToken);
    const elevated = `${header}.${b64({ ...claims, realm_access: { roles: ['analyst', 'work_caseworker'] } })}.${signature}`;
    expect((await rejection(verifier.verify(elevated), elevated)).reason).toBe('invalid');
  });

  it("rejects a wrong issuer or audience with reason 'invalid'", async () => {
    const { accessToken } = await tokenFor('anna');
    const certs = `${idp.issuer}/protocol/openid-connect/certs`;

    const otherRealm = createAccessTokenVerifier({
      issuer: idp.issuer.replace(/loket$/, 'other'),
      audience: 'loket-api',
      jwksUrl: certs,
    });
    const iss = await rejection(otherRealm.verify(accessToken), accessToken);
    expect(iss).toMatchObject({ reason: 'invalid', detail: 'ERR_JWT_CLAIM_VALIDATION_FAILED:iss' });

    const otherApi = createAccessTokenVerifier({ issuer: idp.issuer, audience: 'other-api' });
    const aud = await rejection(otherApi.verify(accessToken), accessToken);
    expect(aud).toMatchObject({ reason: 'invalid', detail: 'ERR_JWT_CLAIM_VALIDATION_FAILED:aud' });

    // A token from another IdP (other keys, other issuer) is refused too.
    const other = await startDevIdp();
    try {
      const foreign = (await loginWithPassword(other.issuer, 'loket-portal', 'anna', 'demo', REDIRECT_URI))
        .accessToken;
      const verifier = createAccessTokenVerifier({ issuer: idp.issuer, audience: 'loket-api' });
      expect((await rejection(verifier.verify(foreign), foreign)).reason).toBe('invalid');
    } finally {
      await other.close();
    }
  });

  it("rejects ID tokens and refresh tokens with reason 'invalid'", async () => {
    const verifier = createAccessTokenVerifier({ issuer: idp.issuer, audience: 'loket-api' });
    const { idToken, refreshToken } = await tokenFor('anna');
    expect((await rejection(verifier.verify(idToken), idToken)).reason).toBe('invalid');
    expect((await rejection(verifier.verify(refreshToken), refreshToken)).reason).toBe('invalid');
  });

  it("rejects an unsigned alg:none token with reason 'invalid'", async () => {
    const verifier = createAccessTokenVerifier({ issuer: idp.issuer, audience: 'loket-api' });
    const claims = decodeJwt((await tokenFor('sofie')).accessToken);
    for (const alg of ['none', 'None', 'NONE']) {
      const unsigned = `${b64({ alg, typ: 'JWT' })}.${b64(claims)}.`;
      const err = await rejection(verifier.verify(unsigned));
      expect(err).toMatchObject({ reason: 'invalid', detail: 'ERR_JOSE_ALG_NOT_ALLOWED' });
    }
  });

  it("rejects an HS256 token signed with the public key as the secret with reason 'invalid'", async () => {
    const verifier = createAccessTokenVerifier({ issuer: idp.issuer, audience: 'loket-api' });
    const { accessToken } = await tokenFor('sofie');
    const claims = decodeJwt(accessToken);
    const { kid } = decodeProtectedHeader(accessToken);
    const jwks = (await (await fetch(`${idp.issuer}/protocol/openid-connect/certs`)).json()) as {
      keys: JWK[];
    };
    const jwk = jwks.keys[0] as JWK;
    const pem = createPublicKey({ key: jwk as import('node:crypto').JsonWebKey, format: 'jwk' })
      .export({ type: 'spki', format: 'pem' })
      .toString();
    // The classic key-confusion secrets: the PEM text, the DER bytes and the JWK JSON.
    const secrets = [
      Buffer.from(pem),
      createPublicKey(pem).export({ type: 'spki', format: 'der' }),
      Buffer.from(JSON.stringify(jwk)),
    ];
    for (const secret of secrets) {
      const forged = await new SignJWT({ ...claims, realm_access: { roles: ['analyst'] } })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT', ...(kid ? { kid } : {}) })
        .sign(new Uint8Array(secret));
      const err = await rejection(verifier.verify(forged), forged);
      expect(err).toMatchObject({ reason: 'invalid', detail: 'ERR_JOSE_ALG_NOT_ALLOWED' });
    }
  });

  it("rejects garbage with reason 'invalid'", async () => {
    const verifier = createAccessTokenVerifier({ issuer: idp.issuer, audience: 'loket-api' });
    for (const garbage of [
      '',
      'not-a-token',
      'a.b.c',
      '...',
      'eyJhbGciOiJSUzI1NiJ9.e30.',
      `${'x'.repeat(5000)}`,
    ]) {
      expect((await rejection(verifier.verify(garbage))).reason).toBe('invalid');
    }
    expect((await rejection(verifier.verify(undefined as unknown as string))).reason).toBe('invalid');
  });

  it('reports an unreachable identity provider separately from a bad token', async () => {
    const { accessToken } = await tokenFor('anna');
    const stopped = await startDevIdp();
    const jwksUrl = `${stopped.issuer}/protocol/openid-connect/certs`;
    await stopped.close();
    const verifier = createAccessTokenVerifier({ issuer: idp.issuer, audience: 'loket-api', jwksUrl });
    await expect(verifier.verify(accessToken)).rejects.toBeInstanceOf(KeySetUnavailableError);

    const notFound = createAccessTokenVerifier({
      issuer: idp.issuer,
      audience: 'loket-api',
      jwksUrl: `${idp.url}/no-such-path`,
    });
    await expect(notFound.verify(accessToken)).rejects.toBeInstanceOf(KeySetUnavailableError);
  });

  it('refuses symmetric or unsigned algorithms in its configuration', () => {
    for (const algorithms of [['none'], ['HS256'], ['RS256', 'HS512'], []]) {
      expect(() =>
        createAccessTokenVerifier({ issuer: idp.issuer, audience: 'loket-api', algorithms }),
      ).toThrow(TypeError);
    }
    expect(() => createAccessTokenVerifier({ issuer: idp.issuer, audience: '' })).toThrow(TypeError);
  });
});
