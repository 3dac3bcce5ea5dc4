import { get as httpGet } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { EDGE_USERS } from '../../mock-server/okta/seed-users.ts';
import { startTestMock, type TestMock } from '../support/start-mock.ts';

let mock: TestMock;

beforeAll(async () => {
  mock = await startTestMock();
});
beforeEach(async () => {
  await fetch(`${mock.url}/__mock/reset`, { method: 'POST' });
});
afterAll(() => mock.close());

function send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return fetch(`${mock.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe('/__mock/scenario', () => {
  test('lists the scenarios and sets the one every request gets', async () => {
    const listed = await (await send('GET', '/__mock/scenario')).json();

    const set = await send('PUT', '/__mock/scenario', { name: 'not-found' });
    const profile = await send('GET', '/internal/okta-profile');

    expect(listed.active).toBe('ok');
    expect(listed.available.map((scenario: { name: string }) => scenario.name)).toContain('slow');
    expect(set.status).toBe(200);
    expect(profile.status).toBe(404);
  });

  test('refuses an unknown scenario with 400 and keeps the current one', async () => {
    const response = await send('PUT', '/__mock/scenario', { name: 'nope' });

    expect(response.status).toBe(400);
    expect((await (await send('GET', '/__mock/scenario')).json()).active).toBe('ok');
  });

  test('goes back to the starting scenario on reset', async () => {
    await send('PUT', '/__mock/scenario', { name: 'forbidden' });

    await send('POST', '/__mock/reset');

    expect((await send('GET', '/internal/okta-profile')).status).toBe(200);
  });
});

describe('/__mock/latency', () => {
  test('delays every /internal answer by the latency set', async () => {
    await send('PUT', '/__mock/latency', { minMs: 150, maxMs: 200 });
    const startedAt = performance.now();

    await send('GET', '/internal/okta-profile');

    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(140);
  });

  test('refuses a latency that is not a number or range', async () => {
    expect((await send('PUT', '/__mock/latency', { minMs: 5, maxMs: 1 })).status).toBe(400);
  });

  test('says so when a range runs high to low', async () => {
    const response = await send('PUT', '/__mock/latency', { minMs: 400, maxMs: 100 });

    expect((await response.json()).detail).toContain('minMs is larger than maxMs');
  });
});

// fetch() refuses header values beyond Latin-1, so UTF-8 bytes go out through node:http, as
// curl and most HTTP clients send them.
function rawGet(headers: Record<string, string>) {
  return new Promise<{ status: number; firstName?: string }>((resolve, reject) => {
    const utf8Headers = Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [
        name,
        Buffer.from(value, 'utf8').toString('latin1'),
      ]),
    );
    const request = httpGet(`${mock.url}/internal/okta-profile`, { headers: utf8Headers });
    request.on('error', reject);
    request.on('response', async (response) => {
      let text = '';
      for await (const chunk of response) text += chunk;
      resolve({ status: response.statusCode!, ...JSON.parse(text) });
    });
  });
}

describe('/__mock/users', () => {
  test('creates a user the /internal mock can act as', async () => {
    const created = await send('POST', '/__mock/users', {
      profile: {
        login: 'new.user@example.com',
        email: 'new.user@example.com',
        firstName: 'New',
        lastName: 'User',
      },
    });
    const user = await created.json();

    const profile = await send('GET', '/internal/okta-profile', undefined, {
      'x-mock-user': user.id,
    });

    expect(created.status).toBe(201);
    expect(user.id).toMatch(/^00u[A-Za-z0-9]{17}$/);
    expect(user._links.self.href).toBe(`${mock.url}/api/v1/users/${user.id}`);
    expect(await profile.json()).toMatchObject({ sub: user.id, cac_edipi: null });
  });

  test('answers 404 for an unknown X-Mock-User, with a note the not-found scenario lacks', async () => {
    const unknown = await send('GET', '/internal/okta-profile', undefined, {
      'x-mock-user': 'no.such.user@example.com',
    });
    const scenario = await send('GET', '/internal/okta-profile', undefined, {
      'x-mock-scenario': 'not-found',
    });

    expect([unknown.status, scenario.status]).toEqual([404, 404]);
    expect(unknown.headers.get('x-mock-note')).toContain('GET /__mock/users');
    expect(scenario.headers.get('x-mock-note')).toBeNull();
  });

  test('acts as a user whose login is not ASCII, named in UTF-8 by header or cookie', async () => {
    await send('POST', '/__mock/users', {
      profile: {
        login: 'zoë.unicode@example.com',
        email: 'zoe.unicode@example.com',
        firstName: 'Zoë',
        lastName: 'Núñez',
      },
    });
    const [byHeader, byCookie] = await Promise.all([
      rawGet({ 'x-mock-user': 'zoë.unicode@example.com' }),
      rawGet({ cookie: `mock_user=${encodeURIComponent('zoë.unicode@example.com')}` }),
    ]);

    expect(byHeader).toMatchObject({ status: 200, firstName: 'Zoë' });
    expect(byCookie).toMatchObject({ status: 200, firstName: 'Zoë' });
  });

  test('refuses an id that is not a string instead of making one up', async () => {
    const response = await send('POST', '/__mock/users', {
      id: 123,
      profile: {
        login: 'n.id@example.com',
        email: 'n.id@example.com',
        firstName: 'N',
        lastName: 'I',
      },
    });

    expect(response.status).toBe(400);
    expect((await response.json()).detail).toContain('00u');
  });

  test('refuses a user whose login is taken, naming the field', async () => {
    const response = await send('POST', '/__mock/users', {
      profile: {
        login: EDGE_USERS.plusLogin.login,
        email: 'x@example.com',
        firstName: 'A',
        lastName: 'B',
      },
    });

    expect(response.status).toBe(400);
    expect((await response.json()).invalidFields).toHaveProperty('login');
  });

  test('patches and deletes a user by login', async () => {
    const login = encodeURIComponent(EDGE_USERS.plusLogin.login);

    const patched = await send('PATCH', `/__mock/users/${login}`, {
      profile: { lastName: 'Patched' },
    });
    const deleted = await send('DELETE', `/__mock/users/${login}`);
    const after = await send('GET', `/__mock/users/${login}`);

    expect((await patched.json()).profile.lastName).toBe('Patched');
    expect(deleted.status).toBe(204);
    expect(after.status).toBe(404);
  });
});

describe('/__mock/requests', () => {
  test('lists requests received with credentials masked', async () => {
    const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
    await send('GET', '/internal/okta-profile', undefined, {
      authorization: `Bearer ${token}`,
      cookie: 'session=secret-cookie',
    });
    await send('GET', `/api/v1/users/${EDGE_USERS.noEdipi.id}`, undefined, {
      authorization: 'SSWS dev-okta-api-token',
    });

    const journal = await (await send('GET', '/__mock/requests')).json();
    const text = JSON.stringify(journal);

    expect(journal.map((entry: { path: string }) => entry.path)).toEqual([
      '/internal/okta-profile',
      `/api/v1/users/${EDGE_USERS.noEdipi.id}`,
    ]);
    expect(journal[0].headers.authorization).toBe('Bearer ***');
    expect(journal[1].headers.authorization).toBe('SSWS ***');
    expect(text).not.toContain(token);
    expect(text).not.toContain('dev-okta-api-token');
    expect(text).not.toContain('secret-cookie');
  });
});
