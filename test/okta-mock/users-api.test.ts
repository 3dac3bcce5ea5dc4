import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createOktaMock, type OktaMock } from '../../mock-server/okta/okta-mock.ts';
import { EDGE_USERS, seedOktaUsers } from '../../mock-server/okta/seed-users.ts';
import { startMockHttpServer, type MockHttpServer } from '../../mock-server/node/serve-mock.ts';

let okta: OktaMock;
let server: MockHttpServer;
const SSWS = { authorization: 'SSWS dev-okta-api-token' };

beforeAll(async () => {
  okta = await createOktaMock({ rateLimit: false });
  server = await startMockHttpServer({ handle: okta.handle });
  okta.setBaseUrl(server.url);
});
beforeEach(() => okta.reset());
afterAll(() => server.close());

function users(idOrLogin: string, init: RequestInit = {}) {
  return fetch(`${server.url}/api/v1/users/${encodeURIComponent(idOrLogin)}`, {
    ...init,
    headers: { ...SSWS, 'content-type': 'application/json', ...init.headers },
  });
}

function write(method: 'POST' | 'PUT', id: string, profile: unknown, headers = {}) {
  return users(id, { method, body: JSON.stringify({ profile }), headers });
}

describe('GET /api/v1/users/{id}', () => {
  test('returns the full Okta user with an ETag and a self link', async () => {
    const response = await users(EDGE_USERS.unicodeNames.id);
    const user = await response.json();

    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toMatch(/^W\/".+"$/);
    expect(user).toMatchObject({
      id: EDGE_USERS.unicodeNames.id,
      status: 'ACTIVE',
      profile: { firstName: 'Zoë', lastName: "O'Brien-Núñez" },
      credentials: { provider: { type: 'OKTA' } },
      _links: { self: { href: `${server.url}/api/v1/users/${EDGE_USERS.unicodeNames.id}` } },
    });
    expect(Date.parse(user.lastUpdated)).not.toBeNaN();
  });

  test('finds a user by URL-encoded login with a plus sign', async () => {
    const response = await users(EDGE_USERS.plusLogin.login);

    expect((await response.json()).id).toBe(EDGE_USERS.plusLogin.id);
  });

  test('leaves an EDIPI never set out of the profile', async () => {
    const user = await (await users(EDGE_USERS.noEdipi.id)).json();

    expect(user.profile).not.toHaveProperty('cac_edipi');
  });

  test('answers 404 E0000007 for an unknown user', async () => {
    const response = await users('00uNobodyAtAll000000');

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ errorCode: 'E0000007', errorCauses: [] });
  });

  test.each([
    ['no Authorization', {}],
    ['a wrong SSWS token', { authorization: 'SSWS wrong' }],
    ['a bearer token', { authorization: 'Bearer dev-okta-api-token' }],
  ])('answers 401 E0000011 with %s', async (_name, headers) => {
    const response = await fetch(`${server.url}/api/v1/users/${EDGE_USERS.noEdipi.id}`, { headers });

    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      errorCode: 'E0000011',
      errorSummary: 'Invalid token provided',
    });
  });
});

describe('POST /api/v1/users/{id}', () => {
  test('updates only the given fields and changes ETag and lastUpdated', async () => {
    const before = await (await users(EDGE_USERS.unicodeNames.id)).json();
    const etag = okta.store.find(EDGE_USERS.unicodeNames.id)!.etag;

    const response = await write('POST', EDGE_USERS.unicodeNames.id, { firstName: 'Zoe' });
    const after = await response.json();

    expect(after.profile).toEqual({ ...before.profile, firstName: 'Zoe' });
    expect(response.headers.get('etag')).not.toBe(etag);
    expect(after.lastUpdated).not.toBe(before.lastUpdated);
  });

  test('clears cac_edipi when it is set to null', async () => {
    const response = await write('POST', EDGE_USERS.plusLogin.id, { cac_edipi: null });

    expect((await response.json()).profile).not.toHaveProperty('cac_edipi');
  });

  test.each([
    [{ login: 'no-at-sign' }, 'login: Username must be in the form of an email address'],
    [{ email: 'bad@' }, 'email: Does not match required pattern'],
    [{ firstName: '' }, 'firstName: The field cannot be left blank'],
    [{ lastName: 'x'.repeat(51) }, 'lastName: The field cannot exceed 50 characters'],
    [{ cac_edipi: '123' }, 'cac_edipi: Does not match required pattern'],
    [{ favouriteColour: 'red' }, 'favouriteColour: Property name favouriteColour is not defined in profile'],
    [{ login: EDGE_USERS.noEdipi.login.toUpperCase() },
      'login: An object with this field already exists in the current organization'],
  ])('answers 400 E0000001 for %j and writes nothing', async (profile, cause) => {
    const before = structuredClone(okta.store.find(EDGE_USERS.plusLogin.id)!.user);

    const response = await write('POST', EDGE_USERS.plusLogin.id, profile);
    const body = await response.json();

    expect(response.status).toBe(400);
    expect(body.errorCode).toBe('E0000001');
    expect(body.errorSummary).toMatch(/^Api validation failed: /);
    expect(body.errorCauses).toEqual([{ errorSummary: cause }]);
    expect(okta.store.find(EDGE_USERS.plusLogin.id)!.user).toEqual(before);
  });

  test('answers 400 E0000003 for a body that is not JSON', async () => {
    const response = await users(EDGE_USERS.plusLogin.id, { method: 'POST', body: '{oops' });

    expect(response.status).toBe(400);
    expect((await response.json()).errorCode).toBe('E0000003');
  });

  test('answers 412 for a stale If-Match and writes nothing', async () => {
    const before = structuredClone(okta.store.find(EDGE_USERS.noEdipi.id)!.user);

    const response = await write('POST', EDGE_USERS.noEdipi.id, { firstName: 'Late' }, {
      'if-match': 'W/"not-the-current-one"',
    });

    expect(response.status).toBe(412);
    expect(okta.store.find(EDGE_USERS.noEdipi.id)!.user).toEqual(before);
  });

  test('accepts the current ETag in If-Match', async () => {
    const etag = okta.store.find(EDGE_USERS.noEdipi.id)!.etag;

    const response = await write('POST', EDGE_USERS.noEdipi.id, { firstName: 'OnTime' }, {
      'if-match': etag,
    });

    expect(response.status).toBe(200);
  });
});

describe('PUT /api/v1/users/{id}', () => {
  test('replaces the profile, dropping attributes not sent', async () => {
    const profile = {
      login: 'dana+okta@example.com', email: 'dana@example.com', firstName: 'Dana', lastName: 'New',
    };

    const response = await write('PUT', EDGE_USERS.plusLogin.id, profile);

    expect((await response.json()).profile).toEqual(profile);
  });

  test('answers 400 when a required attribute is missing', async () => {
    const response = await write('PUT', EDGE_USERS.plusLogin.id, { login: 'dana+okta@example.com' });

    expect(response.status).toBe(400);
    expect((await response.json()).errorCauses.map((cause: { errorSummary: string }) => cause.errorSummary))
      .toContain('email: The field cannot be left blank');
  });
});

describe('seed', () => {
  test('makes the same users from the same seed, and others from another', () => {
    expect(seedOktaUsers({ seed: 7 })).toEqual(seedOktaUsers({ seed: 7 }));
    expect(seedOktaUsers({ seed: 7 })[0]).not.toEqual(seedOktaUsers({ seed: 8 })[0]);
  });

  test('gives the first user an EDIPI and includes every edge user', () => {
    const seeded = seedOktaUsers();

    expect(seeded[0]!.profile.cac_edipi).toMatch(/^\d{10}$/);
    for (const edge of Object.values(EDGE_USERS)) {
      expect(seeded.map((user) => user.id)).toContain(edge.id);
    }
  });
});
