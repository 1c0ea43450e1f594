/// <reference path="./s3rver.d.ts" />
import type { KoaContext, KoaMiddleware } from 's3rver';
import AWSAccount from 's3rver/lib/models/account.js';
import { sendError } from './s3-response.ts';

/*
 * s3rver checks only that a signed request's access key id is in a registry shared by every
 * s3rver instance in the process (it never verifies SigV4 signatures). That makes the key
 * neither per-server nor configurable in a useful way, so dev-s3 decides per instance instead:
 *  - with an access key configured, signed requests must use exactly that key, so a client with
 *    the wrong credentials fails in development as it would against real S3;
 *  - without one, any access key is accepted (registered on first sight so s3rver lets it
 *    through), which is what tests that invent credentials want.
 * Anonymous requests are always passed on to s3rver, which serves them.
 */

/** Access key id of a SigV4/SigV2 header or presigned URL, if the request is signed. */
function accessKeyOf(ctx: KoaContext): string | undefined {
  const header = ctx.headers.authorization;
  if (typeof header === 'string') {
    return (/Credential=([^/,\s]+)\//.exec(header) ?? /^AWS ([^:\s]+):/.exec(header))?.[1];
  }
  const credential = ctx.query['X-Amz-Credential'];
  if (typeof credential === 'string') return credential.split('/')[0];
  const v2 = ctx.query.AWSAccessKeyId;
  return typeof v2 === 'string' ? v2 : undefined;
}

export function createAccessKeyGate(
  expected: { accessKey: string; secretKey: string } | undefined,
): KoaMiddleware {
  if (expected) AWSAccount.DUMMY_ACCOUNT.createKeyPair(expected.accessKey, expected.secretKey);
  return function accessKeyGate(ctx, next) {
    const accessKey = accessKeyOf(ctx);
    if (accessKey === undefined) return next();
    if (expected && accessKey !== expected.accessKey) {
      return sendError(
        ctx,
        403,
        'InvalidAccessKeyId',
        'The AWS Access Key Id you provided does not exist in our records.',
      );
    }
    if (!AWSAccount.registry.has(accessKey)) AWSAccount.DUMMY_ACCOUNT.createKeyPair(accessKey, '');
    return next();
  };
}
