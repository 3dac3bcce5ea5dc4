import {
  exportJWK,
  generateKeyPair,
  importJWK,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from 'jose';
import { jsonAnswer, type MockAnswer, type MockRequest } from '../core/mock-exchange.ts';

export const DEFAULT_AUDIENCE = 'api://default';
const AUTH_SERVER_PATH = '/oauth2/default';

export interface MintOptions {
  /** Okta user id (the `uid` claim). */
  userId: string;
  /** Login (the `sub` claim of an Okta access token). */
  login: string;
  expiresInSeconds?: number;
  /** Overrides for tests: any claim, such as exp, nbf, iss or aud. */
  claims?: JWTPayload;
  /** Sign with another key, to test that a foreign signature is refused. */
  signingKey?: { key: CryptoKey; kid: string };
}

export interface DevAuthorizationServer {
  issuer(): string;
  audience: string;
  mintAccessToken(options: MintOptions): Promise<string>;
  handle(request: MockRequest): Promise<MockAnswer | undefined>;
  /** The private signing key, for the state file. */
  exportSigningKey(): Promise<JWK>;
}

/**
 * Plays Okta's custom authorization server for development and tests: discovery, JWKS, and
 * RS256 access tokens shaped like Okta's. Tokens are real; nothing downstream skips verifying.
 */
export async function createDevAuthorizationServer(options: {
  baseUrl: () => string;
  savedKey?: JWK;
  audience?: string;
}): Promise<DevAuthorizationServer> {
  const audience = options.audience ?? DEFAULT_AUDIENCE;
  const kid = options.savedKey?.kid ?? `dev-${crypto.randomUUID().slice(0, 8)}`;
  const { privateKey, publicJwk } = options.savedKey
    ? await loadKey(options.savedKey)
    : await newKey();
  const jwks = { keys: [{ ...publicJwk, kid, alg: 'RS256', use: 'sig' }] };
  const issuer = () => `${options.baseUrl()}${AUTH_SERVER_PATH}`;

  async function mintAccessToken(mint: MintOptions): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const claims: JWTPayload = {
      ver: 1,
      jti: `AT.${crypto.randomUUID()}`,
      iss: issuer(),
      aud: audience,
      iat: now,
      exp: now + (mint.expiresInSeconds ?? 3600),
      cid: '0oadevclient00000001',
      uid: mint.userId,
      scp: ['openid', 'profile', 'email'],
      sub: mint.login,
      ...mint.claims,
    };
    const signer = mint.signingKey ?? { key: privateKey, kid };

    return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: signer.kid }).sign(signer.key);
  }

  async function handle(request: MockRequest): Promise<MockAnswer | undefined> {
    if (request.method !== 'GET') return undefined;

    if (request.path === `${AUTH_SERVER_PATH}/.well-known/openid-configuration`) {
      return jsonAnswer(200, {
        issuer: issuer(),
        jwks_uri: `${issuer()}/v1/keys`,
        authorization_endpoint: `${issuer()}/v1/authorize`,
        token_endpoint: `${issuer()}/v1/token`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
      });
    }
    if (request.path === `${AUTH_SERVER_PATH}/v1/keys`) {
      return jsonAnswer(200, jwks, { 'cache-control': 'max-age=300' });
    }

    return undefined;
  }

  return {
    issuer,
    audience,
    mintAccessToken,
    handle,
    exportSigningKey: async () => ({ ...(await exportJWK(privateKey)), kid }),
  };
}

async function newKey() {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { privateKey, publicJwk: await exportJWK(publicKey) };
}

async function loadKey(saved: JWK) {
  const privateKey = (await importJWK(saved, 'RS256', { extractable: true })) as CryptoKey;
  const { n, e, kty } = saved;
  return { privateKey, publicJwk: { n, e, kty } as JWK };
}
