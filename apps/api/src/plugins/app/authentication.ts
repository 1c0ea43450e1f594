import { type AccessTokenVerifier, type Actor, actorFromClaims, KeySetUnavailableError } from '@loket/auth';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, set by `authenticate` on every /v1 route. */
    actor: Actor;
  }
  interface FastifyInstance {
    authenticate: (request: FastifyRequest) => Promise<void>;
  }
}

export interface AuthenticationOptions {
  verifier: AccessTokenVerifier;
}

/** Verifies the bearer access token (signature, issuer, audience, expiry, algorithm) and sets request.actor. */
export default fp(async (app: FastifyInstance, opts: AuthenticationOptions) => {
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorate('authenticate', async (request: FastifyRequest) => {
    const header = request.headers.authorization;
    const match = header?.match(/^Bearer ([A-Za-z0-9\-_.~+/]+=*)$/);
    if (!match?.[1]) {
      throw new AppError('unauthenticated', 'Send an access token as "Authorization: Bearer <token>".');
    }
    try {
      request.actor = actorFromClaims(await opts.verifier.verify(match[1]));
    } catch (error) {
      if (error instanceof KeySetUnavailableError) {
        throw new AppError(
          'identity_provider_unavailable',
          'The sign-in service cannot be reached; try again shortly.',
        );
      }
      const reason = (error as { reason?: string }).reason;
      throw new AppError(
        'unauthenticated',
        reason === 'expired'
          ? 'The access token has expired; sign in again.'
          : 'The access token is not valid.',
      );
    }
  });
});
