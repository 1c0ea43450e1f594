import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from 'jose';

/** The access token claims Loket relies on; Keycloak adds more, which are passed through untouched. */
export interface AccessTokenClaims extends JWTPayload {
  iss: string;
  sub: string;
  exp: number;
  aud: string | string[];
  iat?: number;
  azp?: string;
  realm_access?: { roles?: string[] };
  employers?: string[];
  authority?: string;
  preferred_username?: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  email?: string;
}

export type TokenRejectionReason = 'expired' | 'invalid';

/**
 * A token that must not be accepted. The message is fixed per reason: tokens and their claims hold
 * personal data, and these errors end up in logs. `detail` is jose's error code, for debugging.
 */
export class TokenRejectedError extends Error {
  override readonly name = 'TokenRejectedError';
  constructor(
    readonly reason: TokenRejectionReason,
    readonly detail?: string,
  ) {
    super(reason === 'expired' ? 'access token expired' : 'access token invalid');
  }
}

/** The identity provider's keys could not be fetched: not the caller's fault, so not a 401. */
export class KeySetUnavailableError extends Error {
  override readonly name = 'KeySetUnavailableError';
  constructor() {
    super('the identity provider signing keys could not be loaded');
  }
}

export interface AccessTokenVerifierOptions {
  /** e.g. `http://localhost:4001/realms/loket`, exactly as in the tokens' `iss`. */
  issuer: string;
  /** e.g. `loket-api`; the token's `aud` must contain it. */
  audience: string;
  /** Defaults to Keycloak's `${issuer}/protocol/openid-connect/certs`. */
  jwksUrl?: string;
  /** Allowed clock difference with the identity provider. Default 5 s. */
  clockToleranceSeconds?: number;
  /** Asymmetric JWS algorithms to accept. Default RS256, PS256, ES256. */
  algorithms?: string[];
  /** How many verified tokens to remember until they expire (0: none). Default 10,000. */
  cacheSize?: number;
}

export interface AccessTokenVerifier {
  verify(token: string): Promise<AccessTokenClaims>;
}

const DEFAULT_ALGORITHMS = ['RS256', 'PS256', 'ES256'];
// Anything verified with a public key: "none" and the HMAC family would let a key known to everyone sign.
const ASYMMETRIC = /^(RS|PS|ES)(256|384|512)$|^EdDSA$|^Ed25519$/;

export function createAccessTokenVerifier(options: AccessTokenVerifierOptions): AccessTokenVerifier {
  const issuer = options.issuer.replace(/\/+$/, '');
  const algorithms = options.algorithms ?? DEFAULT_ALGORITHMS;
  const refused = algorithms.filter((alg) => !ASYMMETRIC.test(alg));
  if (algorithms.length === 0 || refused.length > 0) {
    throw new TypeError(
      `algorithms must be asymmetric JWS algorithms; refused: ${refused.join(', ') || '(none given)'}`,
    );
  }
  if (!options.audience) throw new TypeError('audience is required');
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl ?? `${issuer}/protocol/openid-connect/certs`));
  const clockTolerance = options.clockToleranceSeconds ?? 5;
  // A signed token says the same until it expires, so each is verified once: the signature check
  // (RSA) was the largest CPU cost of an authenticated request after its query. Keyed by the whole
  // token, so any other string, however close, is verified afresh; an entry is used only until
  // the moment jose would call the token expired. The oldest entries make room for new ones.
  const cacheSize = options.cacheSize ?? 10_000;
  const verified = new Map<string, { claims: AccessTokenClaims; untilMs: number }>();

  return {
    async verify(token: string): Promise<AccessTokenClaims> {
      if (typeof token !== 'string' || token.length === 0) throw new TokenRejectedError('invalid', 'empty');
      const known = verified.get(token);
      if (known) {
        if (Date.now() < known.untilMs) return known.claims;
        verified.delete(token);
      }
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, jwks, {
          issuer,
          audience: options.audience,
          algorithms,
          clockTolerance,
          requiredClaims: ['exp', 'sub'],
        }));
      } catch (err) {
        throw rejection(err);
      }
      if (typeof payload.sub !== 'string' || payload.sub === '')
        throw new TokenRejectedError('invalid', 'sub');
      const claims = payload as AccessTokenClaims;
      if (cacheSize > 0) {
        if (verified.size >= cacheSize) verified.delete(verified.keys().next().value as string);
        // jose accepts the token while now <= exp + tolerance (seconds).
        verified.set(token, { claims, untilMs: (claims.exp + clockTolerance) * 1000 });
      }
      return claims;
    },
  };
}

function rejection(err: unknown): Error {
  if (err instanceof errors.JWTExpired) return new TokenRejectedError('expired', err.code);
  if (err instanceof errors.JWKSTimeout || err instanceof errors.JWKSInvalid)
    return new KeySetUnavailableError();
  // jose reports an unreachable or failing JWKS endpoint as a plain fetch error or a JOSEError without a
  // more specific class; a bad token always gets one of the classes below.
  if (err instanceof errors.JWTClaimValidationFailed)
    return new TokenRejectedError('invalid', `${err.code}:${err.claim}`);
  if (err instanceof errors.JOSEError) {
    if (err.constructor === errors.JOSEError) return new KeySetUnavailableError();
    return new TokenRejectedError('invalid', err.code);
  }
  if (err instanceof TypeError && /fetch/i.test(err.message)) return new KeySetUnavailableError();
  return new TokenRejectedError('invalid');
}
