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
import { describeAuthServer } from './discovery-document.ts';

/** The audience of Okta's default custom authorization server. */
export const DEFAULT_AUDIENCE = 'api://default';
/** Where Okta serves its default custom authorization server. */
export const AUTH_SERVER_PATH = '/oauth2/default';
const DEV_CLIENT_ID = '0oadevclient00000001';

/** What goes into a minted access token; only `userId` is needed. */
export interface MintOptions {
  /** Okta user id (the `uid` claim). */
  userId: string;
  /** Login (the `sub` claim of an Okta access token); the user id when absent. */
  login?: string;
  /** Lifetime from now; default one hour. Ignored when `exp` is given. */
  expiresInSeconds?: number;
  /** Overrides for tests, in epoch seconds or as strings. */
  exp?: number;
  nbf?: number;
  iss?: string;
  aud?: string | string[];
  /** Any other claim, or any of the above, set last. */
  claims?: JWTPayload;
  /** Sign with another key, to test that a foreign signature is refused. */
  signingKey?: { key: CryptoKey; kid: string };
}

/** The dev authorization server: its issuer, its key and its two public paths. */
export interface DevAuthorizationServer {
  issuer(): string;
  audience: string;
  /** The kid of the signing key the JWKS publishes. */
  kid: string;
  mintAccessToken(options: MintOptions): Promise<string>;
  handle(request: MockRequest): Promise<MockAnswer | undefined>;
  /** The private signing key, for the state file. */
  exportSigningKey(): Promise<JWK>;
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

// Listed in the discovery document because OIDC and RFC 8414 require them.
const FLOW_ENDPOINTS = new Set(['/v1/authorize', '/v1/token']);

function answerNoOAuthFlows(): MockAnswer {
  return jsonAnswer(501, {
    error: 'unsupported_flow',
    error_description:
      'This dev authorization server runs no OAuth flows. Get an access token with ' +
      'POST /__mock/tokens {"user": "<login or id>"} or npm run -s token -- <login or id>.',
  });
}

function definedOnly(claims: JWTPayload): JWTPayload {
  return Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
}

/**
 * Plays Okta's custom authorization server for development and tests: discovery, JWKS, and
 * RS256 access tokens shaped like Okta's. Tokens are real; nothing downstream skips verifying.
 *
 * @example const token = await auth.mintAccessToken({ userId, login, expiresInSeconds: 60 });
 */
export async function createDevAuthorizationServer(options: {
  baseUrl: () => string;
  savedKey?: JWK;
  audience?: string;
}): Promise<DevAuthorizationServer> {
  const audience = options.audience ?? DEFAULT_AUDIENCE;
  const kid = options.savedKey?.kid ?? `dev-${crypto.randomUUID().slice(0, 8)}`;
  // A saved key is checked now, so a broken state file is refused at start. Generating a new
  // RSA key takes up to half a second: it runs while the mock starts listening, and only what
  // needs the key waits for it.
  const keyPair = options.savedKey ? Promise.resolve(await loadKey(options.savedKey)) : newKey();
  const jwks = keyPair.then(({ publicJwk }) => ({
    keys: [{ ...publicJwk, kid, alg: 'RS256', use: 'sig' }],
  }));
  const issuer = () => `${options.baseUrl()}${AUTH_SERVER_PATH}`;

  async function mintAccessToken(mint: MintOptions): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const claims: JWTPayload = {
      ver: 1,
      jti: `AT.${crypto.randomUUID()}`,
      iss: mint.iss ?? issuer(),
      aud: mint.aud ?? audience,
      iat: now,
      exp: mint.exp ?? now + (mint.expiresInSeconds ?? 3600),
      nbf: mint.nbf,
      cid: DEV_CLIENT_ID,
      uid: mint.userId,
      scp: ['openid', 'profile', 'email'],
      sub: mint.login ?? mint.userId,
      ...mint.claims,
    };
    const signer = mint.signingKey ?? { key: (await keyPair).privateKey, kid };

    return new SignJWT(definedOnly(claims))
      .setProtectedHeader({ alg: 'RS256', kid: signer.kid })
      .sign(signer.key);
  }

  async function handle(request: MockRequest): Promise<MockAnswer | undefined> {
    if (!request.path.startsWith(AUTH_SERVER_PATH)) return undefined;

    const path = request.path.slice(AUTH_SERVER_PATH.length);
    if (FLOW_ENDPOINTS.has(path)) return answerNoOAuthFlows();
    if (request.method !== 'GET') return undefined;
    if (
      path === '/.well-known/openid-configuration' ||
      path === '/.well-known/oauth-authorization-server'
    ) {
      return jsonAnswer(200, describeAuthServer(issuer()));
    }
    if (path === '/v1/keys') {
      return jsonAnswer(200, await jwks, { 'cache-control': 'max-age=300' });
    }

    return undefined;
  }

  return {
    issuer,
    audience,
    kid,
    mintAccessToken,
    handle,
    exportSigningKey: async () => ({ ...(await exportJWK((await keyPair).privateKey)), kid }),
  };
}
