import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EDGE_USERS } from '../../mock-server/okta/seed-users.ts';
import { startSystem, type System } from '../support/start-system.ts';

let system: System;

beforeAll(async () => {
  system = await startSystem();
});
afterAll(() => system.close());

async function getProfile(token: string | undefined) {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  return fetch(`${system.realUrl}/internal/okta-profile`, { headers });
}

describe('GET /internal/okta-profile', () => {
  test("returns the caller's profile with the Okta user id as sub and Okta's ETag", async () => {
    const user = system.firstUser();

    const response = await getProfile(await system.tokenFor(user.id));

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      sub: user.id,
      login: user.profile.login,
      email: user.profile.email,
      firstName: user.profile.firstName,
      lastName: user.profile.lastName,
      cac_edipi: user.profile.cac_edipi,
    });
    expect(response.headers.get('etag')).toBe(system.okta.store.find(user.id)!.etag);
  });

  test('returns cac_edipi null when Okta has no EDIPI for the user', async () => {
    const response = await getProfile(await system.tokenFor(EDGE_USERS.noEdipi.id));

    expect(response.status).toBe(200);
    expect((await response.json()).cac_edipi).toBeNull();
  });

  test('returns names with apostrophes and non-ASCII letters unchanged', async () => {
    const response = await getProfile(await system.tokenFor(EDGE_USERS.unicodeNames.id));

    expect(await response.json()).toMatchObject({ firstName: 'Zoë', lastName: "O'Brien-Núñez" });
  });

  test('answers 401 with WWW-Authenticate: Bearer and a JSON body without a token', async () => {
    const response = await getProfile(undefined);

    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(await response.json()).toMatchObject({ title: 'Unauthorized' });
  });

  test('returns 404 when the token names a user Okta does not know', async () => {
    const token = await system.okta.authServer.mintAccessToken({
      userId: '00uUnknownUser000001',
      login: 'ghost@example.com',
    });

    const response = await getProfile(token);

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ title: 'Not Found' });
  });

  test('answers with the request id in X-Request-Id and as the error instance', async () => {
    const response = await fetch(`${system.realUrl}/internal/okta-profile`, {
      headers: { 'x-request-id': 'trace-123' },
    });

    expect(response.headers.get('x-request-id')).toBe('trace-123');
    expect((await response.json()).instance).toBe('trace-123');
  });

  test('sends no X-Powered-By and forbids caching and sniffing', async () => {
    const response = await getProfile(await system.tokenFor(system.firstUser().id));

    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('health', () => {
  test('answers /healthz and /readyz with 200', async () => {
    expect((await fetch(`${system.realUrl}/healthz`)).status).toBe(200);
    expect((await fetch(`${system.realUrl}/readyz`)).status).toBe(200);
  });

  test('answers an unknown path with a JSON 404', async () => {
    const response = await fetch(`${system.realUrl}/nope`);

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ title: 'Not Found' });
  });
});
