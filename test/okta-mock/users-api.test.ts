import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { buildOktaUser, EDGE_USERS } from '../../mock-server/okta/seed-users.ts';
import { causesOf, startOktaMock, type OktaMockFixture } from './okta-mock-fixture.ts';

let mock: OktaMockFixture;

beforeAll(async () => {
  mock = await startOktaMock();
});
beforeEach(() => mock.okta.reset());
afterAll(() => mock.close());

describe('GET /api/v1/users/{id}', () => {
  test('returns the full Okta user with an ETag and a self link', async () => {
    const response = await mock.users(EDGE_USERS.unicodeNames.id);
    const user = await response.json();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('etag')).toBe(mock.okta.store.find(user.id)!.etag);
    expect(response.headers.get('etag')).toMatch(/^W\/".+"$/);
    expect(user).toMatchObject({
      id: EDGE_USERS.unicodeNames.id,
      status: 'ACTIVE',
      type: { id: expect.stringMatching(/^oty/) },
      profile: { firstName: 'Zoë', lastName: "O'Brien-Núñez" },
      credentials: { password: {}, provider: { type: 'OKTA', name: 'OKTA' } },
      _links: { self: { href: `${mock.url}/api/v1/users/${EDGE_USERS.unicodeNames.id}` } },
    });
    expect(user.lastUpdated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
  });

  test.each([
    ['a plus sign', EDGE_USERS.plusLogin.login],
    ['another case', EDGE_USERS.plusLogin.login.toUpperCase()],
  ])('finds a user by URL-encoded login with %s', async (_name, login) => {
    const response = await mock.users(login);

    expect((await response.json()).id).toBe(EDGE_USERS.plusLogin.id);
  });

  test('finds a login holding # and / when it is percent-encoded', async () => {
    const login = 'odd#one/out@example.com';
    mock.okta.store.add(
      buildOktaUser('00uOddLoginUser00001', {
        login,
        email: 'odd@example.com',
        firstName: 'Odd',
        lastName: 'One',
      }),
    );

    const response = await mock.users(login);

    expect((await response.json()).id).toBe('00uOddLoginUser00001');
  });

  test('does not read a plus sign in the path as a space', async () => {
    const response = await fetch(`${mock.url}/api/v1/users/dana+okta@example.com`, {
      headers: { authorization: 'SSWS dev-okta-api-token' },
    });

    expect((await response.json()).id).toBe(EDGE_USERS.plusLogin.id);
  });

  test('leaves an EDIPI never set out of the profile', async () => {
    const user = await (await mock.users(EDGE_USERS.noEdipi.id)).json();

    expect(user.profile).not.toHaveProperty('cac_edipi');
  });

  test('answers 404 E0000007 naming the user it could not find', async () => {
    const response = await mock.users('00uNobodyAtAll000000');

    expect(response.status).toBe(404);
    expect(response.headers.get('x-rate-limit-remaining')).toMatch(/^\d+$/);
    expect(await response.json()).toMatchObject({
      errorCode: 'E0000007',
      errorSummary: 'Not found: Resource not found: 00uNobodyAtAll000000 (User)',
      errorLink: 'E0000007',
      errorId: expect.stringMatching(/^[\w-]{25}$/),
      errorCauses: [],
    });
  });

  test('gives every error a fresh errorId', async () => {
    const first = await (await mock.users('00uNobodyAtAll000000')).json();
    const second = await (await mock.users('00uNobodyAtAll000000')).json();

    expect(first.errorId).not.toBe(second.errorId);
  });

  test.each([
    ['no Authorization', {}],
    ['a wrong SSWS token', { authorization: 'SSWS wrong' }],
    ['the token with a suffix', { authorization: 'SSWS dev-okta-api-token2' }],
    ['a bearer token', { authorization: 'Bearer dev-okta-api-token' }],
  ])('answers 401 E0000011 with %s', async (_name, headers) => {
    const url = `${mock.url}/api/v1/users/${EDGE_USERS.noEdipi.id}`;

    const response = await fetch(url, { headers });

    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      errorCode: 'E0000011',
      errorSummary: 'Invalid token provided',
    });
  });

  test('answers 405 E0000022 for a method the endpoint lacks', async () => {
    const response = await mock.users(EDGE_USERS.noEdipi.id, { method: 'DELETE' });

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST, PUT');
    expect((await response.json()).errorCode).toBe('E0000022');
  });
});

describe('POST /api/v1/users/{id}', () => {
  test('updates only the given fields and changes ETag and lastUpdated', async () => {
    const before = await (await mock.users(EDGE_USERS.unicodeNames.id)).json();
    const etag = mock.okta.store.find(EDGE_USERS.unicodeNames.id)!.etag;

    const response = await mock.write('POST', EDGE_USERS.unicodeNames.id, { firstName: 'Zoe' });
    const after = await response.json();

    expect(after.profile).toEqual({ ...before.profile, firstName: 'Zoe' });
    expect(response.headers.get('etag')).not.toBe(etag);
    expect(Date.parse(after.lastUpdated)).toBeGreaterThan(Date.parse(before.lastUpdated));
    expect((await mock.users(EDGE_USERS.unicodeNames.id)).headers.get('etag')).toBe(
      response.headers.get('etag'),
    );
  });

  test('moves lastUpdated forward on each of two writes in a row', async () => {
    const first = await (await mock.write('POST', EDGE_USERS.noEdipi.id, { title: 'A' })).json();
    const second = await (await mock.write('POST', EDGE_USERS.noEdipi.id, { title: 'B' })).json();

    expect(Date.parse(second.lastUpdated)).toBeGreaterThan(Date.parse(first.lastUpdated));
  });

  test('clears cac_edipi when it is set to null', async () => {
    const response = await mock.write('POST', EDGE_USERS.plusLogin.id, { cac_edipi: null });

    expect((await response.json()).profile).not.toHaveProperty('cac_edipi');
  });

  test('answers 412 for a stale If-Match and writes nothing', async () => {
    const before = structuredClone(mock.okta.store.find(EDGE_USERS.noEdipi.id)!.user);

    const response = await mock.write(
      'POST',
      EDGE_USERS.noEdipi.id,
      { firstName: 'Late' },
      {
        'if-match': 'W/"not-the-current-one"',
      },
    );
    const body = await response.json();

    expect(response.status).toBe(412);
    expect(body).toMatchObject({
      errorCode: 'E0000001',
      errorSummary: 'Api validation failed: If-Match',
    });
    expect(causesOf(body)).toEqual(['If-Match: The resource has changed since it was last read']);
    expect(response.headers.get('x-rate-limit-limit')).toMatch(/^\d+$/);
    expect(mock.okta.store.find(EDGE_USERS.noEdipi.id)!.user).toEqual(before);
  });

  test.each([
    ['the current ETag', (etag: string) => etag],
    ['the current ETag without W/', (etag: string) => etag.slice(2)],
    ['a list holding the current ETag', (etag: string) => `W/"old", ${etag}`],
    ['*', () => '*'],
  ])('accepts %s in If-Match', async (_name, ifMatch) => {
    const etag = mock.okta.store.find(EDGE_USERS.noEdipi.id)!.etag;

    const response = await mock.write(
      'POST',
      EDGE_USERS.noEdipi.id,
      { firstName: 'OnTime' },
      {
        'if-match': ifMatch(etag),
      },
    );

    expect(response.status).toBe(200);
  });

  test('refuses an ETag it handed out before the last write', async () => {
    const oldEtag = mock.okta.store.find(EDGE_USERS.noEdipi.id)!.etag;
    await mock.write('POST', EDGE_USERS.noEdipi.id, { firstName: 'First' });

    const response = await mock.write(
      'POST',
      EDGE_USERS.noEdipi.id,
      { firstName: 'Second' },
      {
        'if-match': oldEtag,
      },
    );

    expect(response.status).toBe(412);
    expect(mock.okta.store.find(EDGE_USERS.noEdipi.id)!.user.profile.firstName).toBe('First');
  });
});

describe('PUT /api/v1/users/{id}', () => {
  test('replaces the profile, dropping attributes not sent', async () => {
    const profile = {
      login: 'dana+okta@example.com',
      email: 'dana@example.com',
      firstName: 'Dana',
      lastName: 'New',
    };

    const response = await mock.write('PUT', EDGE_USERS.plusLogin.id, profile);

    expect((await response.json()).profile).toEqual(profile);
  });

  test('answers 412 for a stale If-Match and writes nothing', async () => {
    const before = structuredClone(mock.okta.store.find(EDGE_USERS.plusLogin.id)!.user);
    const profile = { ...before.profile, lastName: 'Late' };

    const response = await mock.write('PUT', EDGE_USERS.plusLogin.id, profile, {
      'if-match': 'W/"stale"',
    });

    expect(response.status).toBe(412);
    expect(mock.okta.store.find(EDGE_USERS.plusLogin.id)!.user).toEqual(before);
  });
});
