export { type Actor, type ActorClaims, actorFromClaims } from './actor.ts';
export {
  type AccessTokenClaims,
  type AccessTokenVerifier,
  type AccessTokenVerifierOptions,
  createAccessTokenVerifier,
  KeySetUnavailableError,
  TokenRejectedError,
  type TokenRejectionReason,
} from './verifier.ts';
