import { errors, jwtVerify } from 'jose';
import { ApiError } from '../http/api-error.ts';
import { createJwksLookup } from './discover-jwks.ts';

export interface TokenVerifierOptions {
  issuer: string;
  audience: string;
  algorithms: readonly string[];
  /** How many verified tokens to remember; verification costs far more than a lookup. */
  cacheSize?: number;
}

export interface VerifiedCaller {
  oktaUserId: string;
}

export interface TokenVerifier {
  verify(token: string): Promise<VerifiedCaller>;
}

const CHALLENGE = 'Bearer realm="okta-profile", error="invalid_token"';
const USER_ID = /^[^\s/?#\\]{1,255}$/;

function unauthenticated(detail: string, cause?: unknown): ApiError {
  return new ApiError('UNAUTHENTICATED', detail, {
    headers: { 'www-authenticate': CHALLENGE },
    cause,
  });
}

// Only failures of the key lookup itself mean the issuer is unreachable; the rest are bad tokens.
function isKeyLookupFailure(error: unknown): boolean {
  return (
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    !(error instanceof errors.JOSEError)
  );
}

/**
 * Verifies Okta access tokens against the issuer's JWKS: signature, `iss`, `aud`, `exp`/`nbf`
 * and the algorithm allow-list. Verified tokens are remembered until they expire, keyed by the
 * whole token, so a token is trusted only as far as it was checked.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const lookupKeys = createJwksLookup(options.issuer);
  const cacheSize = options.cacheSize ?? 10_000;
  const verified = new Map<string, { oktaUserId: string; expiresAtMs: number }>();

  function remember(token: string, oktaUserId: string, exp: number) {
    if (verified.size >= cacheSize) verified.delete(verified.keys().next().value!);
    verified.set(token, { oktaUserId, expiresAtMs: exp * 1000 });
  }

  async function verify(token: string): Promise<VerifiedCaller> {
    const cached = verified.get(token);
    if (cached && cached.expiresAtMs > Date.now()) return { oktaUserId: cached.oktaUserId };
    if (cached) verified.delete(token);

    let payload;
    try {
      const keys = await lookupKeys();
      ({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: [...options.algorithms],
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      if (isKeyLookupFailure(error)) {
        throw new ApiError('OKTA_BAD_ANSWER', 'The token issuer could not be reached.', {
          cause: error,
        });
      }
      throw unauthenticated('The access token is not valid.', error);
    }

    // Okta access tokens carry the user id as `uid`; ID-style tokens only as `sub`.
    const oktaUserId = typeof payload.uid === 'string' ? payload.uid : payload.sub;
    if (typeof oktaUserId !== 'string' || !USER_ID.test(oktaUserId)) {
      throw unauthenticated('The access token names no Okta user.');
    }

    remember(token, oktaUserId, payload.exp!);

    return { oktaUserId };
  }

  return { verify };
}
