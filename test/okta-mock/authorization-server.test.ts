import { createRemoteJWKSet, decodeJwt, generateKeyPair, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EDGE_USERS } from '../../mock-server/okta/seed-users.ts';
import { startOktaMock, type OktaMockFixture } from './okta-mock-fixture.ts';

let mock: OktaMockFixture;
let issuer: string;
let keys: ReturnType<typeof createRemoteJWKSet>;

beforeAll(async () => {
  mock = await startOktaMock();
  issuer = `${mock.url}/oauth2/default`;
  keys = createRemoteJWKSet(new URL(`${issuer}/v1/keys`));
});
afterAll(() => mock.close());

function verify(token: string) {
  return jwtVerify(token, keys, { issuer, audience: 'api://default', algorithms: ['RS256'] });
}

function mintOverHttp(body: unknown) {
  return mock.admin('POST', '/__mock/tokens', body);
}

describe('dev authorization server', () => {
  test('mints a token at /__mock/tokens that verifies against the discovered JWKS', async () => {
    const discovery = await (await fetch(`${issuer}/.well-known/openid-configuration`)).json();

    const minted = await mintOverHttp({ user: EDGE_USERS.plusLogin.login });
    const body = await minted.json();
    const { payload, protectedHeader } = await jwtVerify(
      body.access_token,
      createRemoteJWKSet(new URL(discovery.jwks_uri)),
      { issuer, audience: 'api://default' },
    );

    expect(discovery.issuer).toBe(issuer);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect(body.user_id).toBe(EDGE_USERS.plusLogin.id);
    expect(protectedHeader).toMatchObject({ alg: 'RS256', kid: mock.okta.authServer.kid });
    expect(payload).toMatchObject({
      iss: issuer,
      aud: 'api://default',
      sub: EDGE_USERS.plusLogin.login,
      uid: EDGE_USERS.plusLogin.id,
      cid: expect.any(String),
      scp: expect.arrayContaining(['openid']),
      jti: expect.any(String),
    });
    expect(payload.exp! - payload.iat!).toBe(3600);
  });

  test('serves the same metadata at oauth-authorization-server', async () => {
    const metadata = await (await fetch(`${issuer}/.well-known/oauth-authorization-server`)).json();

    expect(metadata).toMatchObject({ issuer, jwks_uri: `${issuer}/v1/keys` });
  });

  test('advertises no endpoint it lacks, and says how to get a token at the flow endpoints', async () => {
    const metadata = await (await fetch(`${issuer}/.well-known/openid-configuration`)).json();
    const advertised = Object.entries(metadata)
      .filter(([name]) => name.endsWith('_endpoint') || name === 'jwks_uri')
      .map(([, url]) => url as string);

    const answers = await Promise.all(
      advertised.map(async (url) => {
        const response = await fetch(url, { method: url.endsWith('/token') ? 'POST' : 'GET' });
        return { url, status: response.status, body: await response.json() };
      }),
    );

    for (const answer of answers) expect([200, 501]).toContain(answer.status);
    const flows = answers.filter((answer) => answer.status === 501);
    expect(flows.map((answer) => answer.url).sort()).toEqual([
      `${issuer}/v1/authorize`,
      `${issuer}/v1/token`,
    ]);
    for (const flow of flows) expect(flow.body.error_description).toContain('/__mock/tokens');
  });

  test('publishes only the public key', async () => {
    const jwks = await (await fetch(`${issuer}/v1/keys`)).json();

    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  test('honours expiresInSeconds at /__mock/tokens', async () => {
    const minted = await mintOverHttp({ user: EDGE_USERS.noEdipi.id, expiresInSeconds: 60 });
    const body = await minted.json();
    const payload = decodeJwt(body.access_token);

    expect(body.expires_in).toBe(60);
    expect(payload.exp! - payload.iat!).toBe(60);
  });

  test.each([
    ['an unknown user', { user: 'nobody@example.com' }, 404],
    ['no user', {}, 400],
    ['a lifetime of zero', { user: EDGE_USERS.noEdipi.id, expiresInSeconds: 0 }, 400],
    ['a lifetime in words', { user: EDGE_USERS.noEdipi.id, expiresInSeconds: 'soon' }, 400],
  ])('refuses %s at /__mock/tokens', async (_name, body, status) => {
    const response = await mintOverHttp(body);

    expect(response.status).toBe(status);
    expect(await response.json()).toHaveProperty('detail');
  });
});

describe('mintAccessToken', () => {
  test('looks the user up by login as well as by id', async () => {
    const token = await mock.okta.mintAccessToken({ userId: EDGE_USERS.unicodeNames.login });

    const { payload } = await verify(token);

    expect(payload).toMatchObject({
      uid: EDGE_USERS.unicodeNames.id,
      sub: EDGE_USERS.unicodeNames.login,
    });
  });

  test('throws for a user the store lacks', async () => {
    await expect(mock.okta.mintAccessToken({ userId: '00uNobodyAtAll000000' })).rejects.toThrow(
      '00uNobodyAtAll000000',
    );
  });

  test.each([
    ['an exp in the past', { exp: Math.floor(Date.now() / 1000) - 60 }, /exp/],
    ['an nbf in the future', { nbf: Math.floor(Date.now() / 1000) + 600 }, /nbf/],
    ['another audience', { aud: 'api://other' }, /aud/],
    ['another issuer', { iss: 'https://evil.example.com/oauth2/default' }, /iss/],
    ['a lifetime already over', { expiresInSeconds: -5 }, /exp/],
  ])('mints a token with %s that verification refuses', async (_name, overrides, reason) => {
    const token = await mock.okta.mintAccessToken({ userId: EDGE_USERS.noEdipi.id, ...overrides });

    await expect(verify(token)).rejects.toThrow(reason);
  });

  test('adds extra claims', async () => {
    const token = await mock.okta.mintAccessToken({
      userId: EDGE_USERS.noEdipi.id,
      claims: { scp: ['okta.users.read'], groups: ['admins'] },
    });

    const { payload } = await verify(token);

    expect(payload).toMatchObject({ scp: ['okta.users.read'], groups: ['admins'] });
  });

  test('signs with a foreign key on demand, which verification refuses', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await mock.okta.mintAccessToken({
      userId: EDGE_USERS.noEdipi.id,
      signingKey: { key: privateKey, kid: mock.okta.authServer.kid },
    });

    await expect(verify(token)).rejects.toThrow(/signature/);
  });
});
