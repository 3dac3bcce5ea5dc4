import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EDGE_USERS } from '../../mock-server/okta/seed-users.ts';
import { startTestMock, type TestMock } from '../support/start-mock.ts';

let mock: TestMock;
const okta = { authorization: 'SSWS dev-okta-api-token' };

beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

function postProfile(profile: unknown, headers: Record<string, string> = {}) {
  return fetch(`${mock.url}/internal/okta-profile`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ profile }),
  });
}

describe('state shared between the /internal and Okta mocks', () => {
  test('shows a POST to /internal in the next GET and in the Okta user', async () => {
    const posted = await postProfile({ lastName: 'Hopper' });
    const sub = (await posted.json()).sub;

    const next = await (await fetch(`${mock.url}/internal/okta-profile`)).json();
    const oktaUser = await (
      await fetch(`${mock.url}/api/v1/users/${sub}`, { headers: okta })
    ).json();

    expect(next.lastName).toBe('Hopper');
    expect(oktaUser.profile.lastName).toBe('Hopper');
  });

  test('shows a write to the Okta mock in /internal', async () => {
    const id = EDGE_USERS.unicodeNames.id;
    await fetch(`${mock.url}/api/v1/users/${id}`, {
      method: 'POST',
      headers: { ...okta, 'content-type': 'application/json' },
      body: JSON.stringify({ profile: { firstName: 'Chloë' } }),
    });

    const profile = await fetch(`${mock.url}/internal/okta-profile`, {
      headers: { cookie: `mock_user=${id}` },
    });

    expect((await profile.json()).firstName).toBe('Chloë');
  });

  test('acts as the user named by X-Mock-User, by login', async () => {
    const response = await fetch(`${mock.url}/internal/okta-profile`, {
      headers: { 'x-mock-user': EDGE_USERS.plusLogin.login },
    });

    expect((await response.json()).sub).toBe(EDGE_USERS.plusLogin.id);
  });

  test('answers a stale If-Match with 412 and an invalid email with 422', async () => {
    const stale = await postProfile({ firstName: 'X' }, { 'if-match': 'W/"stale"' });
    const invalid = await postProfile({ email: 'not-an-address' });

    expect(stale.status).toBe(412);
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).invalidFields.email).toBe('Email must be an email address');
  });
});

describe('CORS', () => {
  test('answers a preflight from a local dev server with credentials allowed', async () => {
    const response = await fetch(`${mock.url}/internal/okta-profile`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-mock-scenario',
      },
    });

    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-allow-headers')).toContain('x-mock-scenario');
  });

  test('refuses a preflight from an origin outside the allow-list', async () => {
    const response = await fetch(`${mock.url}/internal/okta-profile`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'GET' },
    });

    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
