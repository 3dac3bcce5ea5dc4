import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createOktaMock, type OktaMock } from '../../mock-server/okta/okta-mock.ts';
import { EDGE_USERS } from '../../mock-server/okta/seed-users.ts';
import { startMockHttpServer, type MockHttpServer } from '../../mock-server/node/serve-mock.ts';

let okta: OktaMock;
let server: MockHttpServer;

beforeAll(async () => {
  okta = await createOktaMock();
  server = await startMockHttpServer({ handle: okta.handle });
  okta.setBaseUrl(server.url);
});
afterAll(() => server.close());

describe('dev authorization server', () => {
  test('mints a token at /__mock/tokens that verifies against the discovered JWKS', async () => {
    const issuer = `${server.url}/oauth2/default`;
    const discovery = await (await fetch(`${issuer}/.well-known/openid-configuration`)).json();

    const minted = await fetch(`${server.url}/__mock/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: EDGE_USERS.plusLogin.login }),
    });
    const { access_token: token, user_id: userId } = await minted.json();
    const { payload, protectedHeader } = await jwtVerify(
      token,
      createRemoteJWKSet(new URL(discovery.jwks_uri)),
      { issuer, audience: 'api://default' },
    );

    expect(discovery.issuer).toBe(issuer);
    expect(protectedHeader.alg).toBe('RS256');
    expect(userId).toBe(EDGE_USERS.plusLogin.id);
    expect(payload).toMatchObject({ uid: EDGE_USERS.plusLogin.id, sub: EDGE_USERS.plusLogin.login });
    expect(payload.exp! - payload.iat!).toBe(3600);
  });

  test('publishes only the public key', async () => {
    const jwks = await (await fetch(`${server.url}/oauth2/default/v1/keys`)).json();

    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  test('answers 404 for a user it does not know', async () => {
    const response = await fetch(`${server.url}/__mock/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'nobody@example.com' }),
    });

    expect(response.status).toBe(404);
  });
});
