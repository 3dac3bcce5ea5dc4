import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSystem, type System } from '../support/start-system.ts';

let system: System;
let user: { userId: string; login: string };

beforeAll(async () => {
  system = await startSystem();
  const first = system.firstUser();
  user = { userId: first.id, login: first.profile.login };
});
afterAll(() => system.close());

function getWith(authorization: string) {
  return fetch(`${system.realUrl}/internal/okta-profile`, { headers: { authorization } });
}

function mint(claims: Record<string, unknown>) {
  return system.okta.authServer.mintAccessToken({ ...user, claims });
}

const now = () => Math.floor(Date.now() / 1000);

describe('GET /internal/okta-profile token checks', () => {
  test('accepts a freshly minted token', async () => {
    const response = await getWith(`Bearer ${await mint({})}`);

    expect(response.status).toBe(200);
  });

  test.each([
    ['expired', () => mint({ exp: now() - 60 })],
    ['not yet valid', () => mint({ nbf: now() + 600 })],
    ['from another issuer', () => mint({ iss: 'https://evil.example.com/oauth2/default' })],
    ['for another audience', () => mint({ aud: 'api://someone-else' })],
    ['without a user id', () => mint({ uid: undefined, sub: undefined })],
    [
      'signed with alg none',
      async () =>
        new UnsecuredJWT({ ...user, uid: user.userId })
          .setIssuer(system.okta.authServer.issuer())
          .setAudience(system.okta.authServer.audience)
          .setExpirationTime('1h')
          .encode(),
    ],
    [
      'signed with a key the issuer never published',
      async () => {
        const { privateKey } = await generateKeyPair('RS256');
        return system.okta.authServer.mintAccessToken({
          ...user,
          signingKey: { key: privateKey, kid: 'foreign' },
        });
      },
    ],
    [
      'signed HS256 with a made-up secret',
      () =>
        new SignJWT({ uid: user.userId })
          .setProtectedHeader({ alg: 'HS256' })
          .setIssuer(system.okta.authServer.issuer())
          .setAudience(system.okta.authServer.audience)
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode('x'.repeat(32))),
    ],
  ])('answers 401 with WWW-Authenticate for a token %s', async (_name, makeToken) => {
    const response = await getWith(`Bearer ${await makeToken()}`);

    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('Bearer');
    expect(await response.json()).toMatchObject({ title: 'Unauthorized' });
  });

  test.each([
    ['no scheme', 'TOKEN'],
    ['the Basic scheme', 'Basic dXNlcjpwYXNz'],
  ])('answers 401 with a bare challenge for %s', async (_name, header) => {
    const response = await getWith(header);

    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="okta-profile"');
  });

  test.each([
    ['an empty bearer', 'Bearer '],
    ['a token that is not a JWT', 'Bearer not-a-jwt'],
  ])('answers 401 with error="invalid_token" for %s', async (_name, header) => {
    const response = await getWith(header);

    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe(
      'Bearer realm="okta-profile", error="invalid_token"',
    );
  });

  test('takes the user from uid, whatever sub says', async () => {
    const token = await mint({ sub: 'someone-else@example.com' });

    const response = await getWith(`Bearer ${token}`);

    expect((await response.json()).sub).toBe(user.userId);
  });
});
