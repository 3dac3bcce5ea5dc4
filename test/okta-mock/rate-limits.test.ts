import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { EDGE_USERS } from '../../mock-server/okta/seed-users.ts';
import { SSWS, startOktaMock, type OktaMockFixture } from './okta-mock-fixture.ts';

let mock: OktaMockFixture;
const userId = EDGE_USERS.noEdipi.id;

beforeAll(async () => {
  mock = await startOktaMock();
});
beforeEach(() => mock.okta.reset());
afterAll(() => mock.close());

function getUser(id: string = userId) {
  return fetch(`${mock.url}/api/v1/users/${encodeURIComponent(id)}`, { headers: SSWS });
}

describe('Okta mock rate limits', () => {
  test('sends the three rate-limit headers on every answer, errors too', async () => {
    const ok = await getUser();
    const refused = await fetch(`${mock.url}/api/v1/users/${userId}`);
    const missing = await getUser('00uNobodyAtAll000000');

    for (const response of [ok, refused, missing]) {
      expect(response.headers.get('x-rate-limit-limit')).toMatch(/^\d+$/);
      expect(response.headers.get('x-rate-limit-remaining')).toMatch(/^\d+$/);
      expect(Number(response.headers.get('x-rate-limit-reset'))).toBeGreaterThan(Date.now() / 1000);
    }
  });

  test('answers 429 E0000047 past the limit, counting down Remaining', async () => {
    await mock.admin('PUT', '/__mock/okta/rate-limit', { limit: 2, windowSeconds: 60 });

    const answers = [await getUser(), await getUser(), await getUser()];

    expect(answers.map((response) => response.status)).toEqual([200, 200, 429]);
    expect(answers.map((response) => response.headers.get('x-rate-limit-remaining'))).toEqual([
      '1',
      '0',
      '0',
    ]);
    expect((await answers[2]!.json()).errorCode).toBe('E0000047');
  });

  test('reads back the limit it was given, and resets within the window', async () => {
    await mock.admin('PUT', '/__mock/okta/rate-limit', { limit: 3, windowSeconds: 60 });

    const shown = await (await mock.admin('GET', '/__mock/okta/rate-limit')).json();
    const reset = Number((await getUser()).headers.get('x-rate-limit-reset'));

    expect(shown).toEqual({ rateLimit: { limit: 3, windowSeconds: 60 } });
    expect(reset - Date.now() / 1000).toBeLessThanOrEqual(60);
  });

  test('lets every request through when turned off, still sending the headers', async () => {
    await mock.admin('PUT', '/__mock/okta/rate-limit', { limit: 1, windowSeconds: 60 });
    await mock.admin('PUT', '/__mock/okta/rate-limit', false);

    const answers = [await getUser(), await getUser(), await getUser()];

    expect(answers.map((response) => response.status)).toEqual([200, 200, 200]);
    expect(answers[2]!.headers.get('x-rate-limit-limit')).toMatch(/^\d+$/);
  });

  test('starts a new window once the old one ends', async () => {
    mock.okta.rateLimiter.configure({ limit: 1, windowSeconds: 1 });
    const first = await getUser();
    const reset = Number(first.headers.get('x-rate-limit-reset'));
    await getUser();

    await new Promise((resolve) => setTimeout(resolve, reset * 1000 - Date.now() + 50));
    const later = await getUser();

    expect(later.status).toBe(200);
  });

  test.each([
    ['a missing window', { limit: 5 }],
    ['a negative limit', { limit: -1, windowSeconds: 60 }],
    ['a window of zero', { limit: 5, windowSeconds: 0 }],
    ['true', true],
    ['a limit no header can show as a whole number', { limit: 1e308, windowSeconds: 60 }],
    ['a window over a day', { limit: 5, windowSeconds: 86_401 }],
  ])('refuses %s as a rate limit', async (_name, body) => {
    const response = await mock.admin('PUT', '/__mock/okta/rate-limit', body);

    expect(response.status).toBe(400);
  });

  test('goes back to the configured limit and seeded users on reset', async () => {
    await mock.admin('PUT', '/__mock/okta/rate-limit', { limit: 0, windowSeconds: 60 });
    await mock.admin('POST', '/__mock/okta/faults', { kind: 'reset' });

    const reset = await mock.admin('POST', '/__mock/okta/reset');

    expect(reset.status).toBe(204);
    expect(mock.okta.rateLimiter.settings()).toBe(false);
    expect((await getUser()).status).toBe(200);
  });
});
