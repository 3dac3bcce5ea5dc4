import type { RequestHandler } from 'express';
import { ApiError } from '../http/api-error.ts';
import type { TokenVerifier } from './token-verifier.ts';

const BEARER = /^Bearer +([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/i;
const BEARER_SCHEME = /^Bearer(\s|$)/i;
const MAX_TOKEN_LENGTH = 8192;
const CHALLENGE = 'Bearer realm="okta-profile"';

/** The Okta user id of the caller, set by `bearerAuth` on every `/internal` request. */
export function callerOf(locals: Record<string, unknown>): string {
  return locals.oktaUserId as string;
}

/**
 * Requires `Authorization: Bearer <JWT>` and puts the verified Okta user id in
 * `res.locals.oktaUserId`. The id is never read from the body, query or path.
 */
export function bearerAuth(verifier: TokenVerifier): RequestHandler {
  return async (req, res, next) => {
    const header = req.headers.authorization;
    const match = header && header.length <= MAX_TOKEN_LENGTH ? BEARER.exec(header) : null;

    if (!match?.[1]) {
      // RFC 6750: a request that tried Bearer and sent no usable token gets `invalid_token`;
      // one that sent no Bearer credentials at all gets the bare challenge.
      const triedBearer = header !== undefined && BEARER_SCHEME.test(header);
      throw new ApiError('UNAUTHENTICATED', 'Send an Okta access token as Authorization: Bearer.', {
        headers: {
          'www-authenticate': triedBearer ? `${CHALLENGE}, error="invalid_token"` : CHALLENGE,
        },
      });
    }

    const caller = await verifier.verify(match[1]);
    res.locals.oktaUserId = caller.oktaUserId;
    next();
  };
}
