import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createMockHandlers, type MockHandlers } from '../../mock-server/msw/index.ts';

const APP = 'http://app.test';
let mock: MockHandlers;
let server: ReturnType<typeof setupServer>;

beforeAll(async () => {
  mock = await createMockHandlers({ baseUrl: APP, oktaTimeoutMs: 200 });
  server = setupServer(...mock.handlers);
  server.listen({ onUnhandledFrame: 'error' });
});
afterEach(() => {
  server.resetHandlers();
  mock.app.reset();
});
afterAll(() => server.close());

function getProfile(headers: Record<string, string> = {}) {
  return fetch(`${APP}/internal/okta-profile`, { headers });
}

describe('MSW handlers under setupServer', () => {
  test("answer GET with the default user's profile", async () => {
    const response = await getProfile();

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ sub: mock.app.okta.store.list()[0]!.id });
  });

  test('keep state: a POST shows in the next GET', async () => {
    await fetch(`${APP}/internal/okta-profile`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ profile: { firstName: 'Grace' } }),
    });

    expect((await (await getProfile()).json()).firstName).toBe('Grace');
  });

  test('answer the scenario a request asks for', async () => {
    const response = await getProfile({ 'x-mock-scenario': 'unauthenticated' });

    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  test('answer 502 under okta-down, as the real server does when Okta resets', async () => {
    const response = await getProfile({ 'x-mock-scenario': 'okta-down' });

    expect(response.status).toBe(502);
  });

  test('serve the Okta Users API for code that calls Okta', async () => {
    const user = mock.app.okta.store.list()[1]!;

    const response = await fetch(`https://okta.mock/api/v1/users/${user.id}`, {
      headers: { authorization: 'SSWS dev-okta-api-token' },
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('x-rate-limit-limit')).not.toBeNull();
  });

  test("let a busy suite past Okta's 600 a minute: no rate limit by default", async () => {
    const statuses = new Set<number>();
    for (let batch = 0; batch < 13; batch += 1) {
      const answers = await Promise.all(Array.from({ length: 50 }, () => getProfile()));
      for (const answer of answers) statuses.add(answer.status);
    }

    expect([...statuses]).toEqual([200]);
  });

  test("give way to a test's own override with server.use", async () => {
    server.use(
      http.get(`${APP}/internal/okta-profile`, () => HttpResponse.json({}, { status: 418 })),
    );

    expect((await getProfile()).status).toBe(418);
  });

  test('drive the admin API on the same origin', async () => {
    await fetch(`${APP}/__mock/scenario`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'forbidden' }),
    });

    expect((await getProfile()).status).toBe(403);
    mock.app.settings.scenario = 'ok';
  });
});
