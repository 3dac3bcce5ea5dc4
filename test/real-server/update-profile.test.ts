import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { EDGE_USERS } from '../../mock-server/okta/seed-users.ts';
import { startSystem, type System } from '../support/start-system.ts';

let system: System;
let userId: string;
let token: string;

beforeAll(async () => {
  system = await startSystem();
});
beforeEach(async () => {
  system.okta.reset();
  userId = system.firstUser().id;
  token = await system.tokenFor(userId);
});
afterAll(() => system.close());

function post(body: string, headers: Record<string, string> = {}) {
  return fetch(`${system.realUrl}/internal/okta-profile`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body,
  });
}

function storedProfile() {
  return structuredClone(system.okta.store.find(userId)!.user.profile);
}

describe('POST /internal/okta-profile', () => {
  test('changes only the fields sent and shows them on the next GET', async () => {
    const before = storedProfile();

    const response = await post(JSON.stringify({ profile: { firstName: '  Ada ' } }));
    const next = await fetch(`${system.realUrl}/internal/okta-profile`, {
      headers: { authorization: `Bearer ${token}` },
    });

    expect(response.status).toBe(200);
    expect((await response.json()).firstName).toBe('Ada');
    expect(await next.json()).toEqual({
      sub: userId,
      login: before.login,
      email: before.email,
      firstName: 'Ada',
      lastName: before.lastName,
      cac_edipi: before.cac_edipi,
    });
    expect(storedProfile()).toEqual({ ...before, firstName: 'Ada' });
  });

  test('returns the new ETag and accepts the current one in If-Match', async () => {
    const etag = system.okta.store.find(userId)!.etag;

    const response = await post(JSON.stringify({ profile: { lastName: 'Lovelace' } }), {
      'if-match': etag,
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).not.toBe(etag);
    expect(response.headers.get('etag')).toBe(system.okta.store.find(userId)!.etag);
  });

  test('returns 412 for a stale If-Match and writes nothing', async () => {
    const before = storedProfile();

    const response = await post(JSON.stringify({ profile: { lastName: 'Stale' } }), {
      'if-match': 'W/"0000000000000000"',
    });

    expect(response.status).toBe(412);
    expect(await response.json()).toMatchObject({ title: 'Precondition Failed' });
    expect(storedProfile()).toEqual(before);
  });

  test('clears the EDIPI when it is sent empty', async () => {
    const response = await post(JSON.stringify({ profile: { cac_edipi: '' } }));

    expect((await response.json()).cac_edipi).toBeNull();
    expect(storedProfile()).not.toHaveProperty('cac_edipi');
  });

  test('ignores sub and unknown fields: the caller stays who the token says', async () => {
    const other = EDGE_USERS.noEdipi.id;
    const otherBefore = structuredClone(system.okta.store.find(other)!.user.profile);

    const response = await post(
      JSON.stringify({
        profile: { sub: other, firstName: 'Mine', isAdmin: true, mobilePhone: '1' },
      }),
    );

    expect(response.status).toBe(200);
    expect((await response.json()).sub).toBe(userId);
    expect(system.okta.store.find(other)!.user.profile).toEqual(otherBefore);
    expect(storedProfile()).not.toHaveProperty('isAdmin');
  });

  test('returns 422 with readable labels for fields that break the rules', async () => {
    const before = storedProfile();

    const response = await post(
      JSON.stringify({
        profile: { firstName: ' ', email: 'not-an-address', cac_edipi: '12345' },
      }),
    );
    const body = await response.json();

    expect(response.status).toBe(422);
    expect(body.invalidFields).toEqual({
      firstName: 'First Name must be 1 to 50 characters',
      email: 'Email must be an email address',
      cac_edipi: 'EDIPI must be exactly 10 digits',
    });
    expect(storedProfile()).toEqual(before);
  });

  test("returns 422 built from Okta's causes when the login is taken", async () => {
    const taken = EDGE_USERS.plusLogin.login;

    const response = await post(JSON.stringify({ profile: { login: taken.toUpperCase() } }));
    const body = await response.json();

    expect(response.status).toBe(422);
    expect(body.invalidFields.login).toMatch(/^Login: An object with this field already exists/);
  });

  test.each([
    ['malformed JSON', '{"profile": {', 400],
    ['a body that is not an object', '[1,2]', 400],
    ['a body without profile', '{"firstName":"x"}', 400],
    ['an empty body', '', 400],
  ])('returns %s as %i with a JSON error body', async (_name, body, status) => {
    const response = await post(body);

    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ title: 'Bad Request' });
  });

  test('returns 415 when the body is not application/json', async () => {
    const response = await post('profile=x', {
      'content-type': 'application/x-www-form-urlencoded',
    });

    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ title: 'Unsupported Media Type' });
  });

  test('returns 413 for a body over 16 KiB and writes nothing', async () => {
    const before = storedProfile();
    const body = JSON.stringify({ profile: { firstName: 'x'.repeat(17 * 1024) } });

    const response = await post(body);

    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ title: 'Payload Too Large' });
    expect(storedProfile()).toEqual(before);
  });
});
