import { generateKeyPair, SignJWT, UnsecuredJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSystem, type System } from '../support/start-system.ts';

let system: System;
let userId: string;

beforeAll(async () => {
  system = await startSystem();
  userId = system.firstUser().id;
});
afterAll(() => system.close());

const now = () => Math.floor(Date.now() / 1000);

function mint(claims: JWTPayload, uid = userId) {
  return system.okta.authServer.mintAccessToken({ userId: uid, login: 'x@example.com', claims });
}

async function hs256WithPublicKey() {
  // The classic confusion attack: the RSA public key used as an HMAC secret.
  const jwks = await (await fetch(`${system.okta.authServer.issuer()}/v1/keys`)).json();
  const secret = new TextEncoder().encode(JSON.stringify(jwks.keys[0]));
  return new SignJWT({ uid: userId })
    .setProtectedHeader({ alg: 'HS256', kid: jwks.keys[0].kid })
    .setIssuer(system.okta.authServer.issuer())
    .setAudience(system.okta.authServer.audience)
    .setExpirationTime('1h')
    .sign(secret);
}

async function unknownKid() {
  const { privateKey } = await generateKeyPair('RS256');
  return system.okta.authServer.mintAccessToken({
    userId,
    login: 'x@example.com',
    signingKey: { key: privateKey, kid: 'kid-nobody-published' },
  });
}

const TOKEN_CASES: [string, () => Promise<string>, number][] = [
  [
    'alg none',
    async () =>
      new UnsecuredJWT({ uid: userId })
        .setIssuer(system.okta.authServer.issuer())
        .setAudience('api://default')
        .setExpirationTime('1h')
        .encode(),
    401,
  ],
  ['HS256 signed with the public key', hs256WithPublicKey, 401],
  ['an unknown kid', unknownKid, 401],
  ['expired', () => mint({ exp: now() - 1 }), 401],
  ['not yet valid', () => mint({ nbf: now() + 3600 }), 401],
  ['a wrong issuer', () => mint({ iss: 'http://127.0.0.1:1/oauth2/default' }), 401],
  ['a wrong audience', () => mint({ aud: 'api://other' }), 401],
  ['no exp at all', () => mint({ exp: undefined }), 401],
  ['a user Okta does not know', () => mint({}, '00uNotInOkta00000001'), 404],
  ['a user id with ../', () => mint({}, '../00uX'), 401],
  ['a user id with %2F', () => mint({}, '..%2F..%2Fapps'), 404],
  ['a user id of ..', () => mint({}, '..'), 404],
  ['a user id with ?', () => mint({}, '00u?expand=blocks'), 401],
  ['a user id with #', () => mint({}, '00u#frag'), 401],
  ['a user id with a space', () => mint({}, '00u x'), 401],
  ['a user id of 300 characters', () => mint({}, 'u'.repeat(300)), 401],
];

describe('hostile tokens against the real server', () => {
  test.each(TOKEN_CASES)('answers a token with %s', async (_name, makeToken, status) => {
    const before = structuredClone(system.okta.store.list());

    const response = await fetch(`${system.realUrl}/internal/okta-profile`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await makeToken()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ profile: { firstName: 'Intruder' } }),
    });

    expect(response.status).toBe(status);
    expect(await response.json()).toHaveProperty('title');
    expect(system.okta.store.list()).toEqual(before);
  });

  test.each([
    ['a duplicated Authorization header', 'Bearer a.b.c, Bearer d.e.f'],
    ['a token of 10,000 characters', `Bearer ${'a'.repeat(5000)}.${'b'.repeat(5000)}.c`],
    ['a lower-case scheme with tabs', 'bearer\ta.b.c'],
  ])('answers 401 for %s', async (_name, authorization) => {
    const response = await fetch(`${system.realUrl}/internal/okta-profile`, {
      headers: { authorization },
    });

    expect(response.status).toBe(401);
  });
});
