import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createOktaMock, type OktaMock } from '../../mock-server/okta/okta-mock.ts';
import { EDGE_USERS } from '../../mock-server/okta/seed-users.ts';
import { startMockHttpServer, type MockHttpServer } from '../../mock-server/node/serve-mock.ts';

let okta: OktaMock;
let server: MockHttpServer;
const userPath = `/api/v1/users/${EDGE_USERS.noEdipi.id}`;

beforeAll(async () => {
  okta = await createOktaMock({ rateLimit: false });
  server = await startMockHttpServer({ handle: okta.handle });
});
beforeEach(() => okta.reset());
afterAll(() => server.close());

function getUser(signal?: AbortSignal) {
  return fetch(`${server.url}${userPath}`, {
    headers: { authorization: 'SSWS dev-okta-api-token' },
    signal,
  });
}

function addFault(fault: unknown) {
  return fetch(`${server.url}/__mock/okta/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });
}

/** What the raw socket saw: an answer, a reset, or a close with no bytes. */
function rawGet(): Promise<string> {
  return new Promise((resolve) => {
    const req = httpRequest(`${server.url}${userPath}`, {
      headers: { authorization: 'SSWS dev-okta-api-token' },
    });
    req.on('response', (res) => resolve(`status ${res.statusCode}`));
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    req.end();
  });
}

describe('Okta mock faults', () => {
  test('resets the connection on demand', async () => {
    await addFault({ kind: 'reset', times: 1 });

    expect(await rawGet()).toBe('ECONNRESET');
    expect(await rawGet()).toBe('status 200');
  });

  test('closes with an empty reply on demand', async () => {
    await addFault({ kind: 'empty-reply', times: 1 });

    expect(await rawGet()).toBe('ECONNRESET');
  });

  test('answers malformed JSON on demand', async () => {
    await addFault({ kind: 'malformed-json', times: 1 });

    const response = await getUser();

    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow();
  });

  test('never answers on demand, until the client gives up', async () => {
    await addFault({ kind: 'no-reply', times: 1 });

    await expect(getUser(AbortSignal.timeout(300))).rejects.toThrow(/timeout|aborted/i);
  });

  test('adds latency on demand', async () => {
    await addFault({ kind: 'latency', delayMs: 200, times: 1 });
    const startedAt = performance.now();

    const response = await getUser();

    expect(response.status).toBe(200);
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(190);
  });

  test.each([
    [403, 'E0000006'],
    [404, 'E0000007'],
    [401, 'E0000011'],
    [429, 'E0000047'],
    [500, 'E0000009'],
  ])('answers Okta\'s %i body with %s on demand', async (status, errorCode) => {
    await addFault({ kind: 'okta-error', status, times: 1 });

    const response = await getUser();

    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ errorCode, errorLink: expect.any(String) });
  });

  test('refuses a fault it does not know, naming the kinds', async () => {
    const response = await addFault({ kind: 'meteor' });

    expect(response.status).toBe(400);
    expect((await response.json()).detail).toContain('no-reply');
  });
});

describe('Okta mock rate limits', () => {
  test('sends the three rate-limit headers on every answer, errors too', async () => {
    const ok = await getUser();
    const refused = await fetch(`${server.url}${userPath}`);

    for (const response of [ok, refused]) {
      expect(response.headers.get('x-rate-limit-limit')).toMatch(/^\d+$/);
      expect(response.headers.get('x-rate-limit-remaining')).toMatch(/^\d+$/);
      expect(Number(response.headers.get('x-rate-limit-reset'))).toBeGreaterThan(Date.now() / 1000);
    }
  });

  test('answers 429 E0000047 past the limit, counting down Remaining', async () => {
    await fetch(`${server.url}/__mock/okta/rate-limit`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ limit: 2, windowSeconds: 60 }),
    });

    const answers = [await getUser(), await getUser(), await getUser()];

    expect(answers.map((response) => response.status)).toEqual([200, 200, 429]);
    expect(answers.map((response) => response.headers.get('x-rate-limit-remaining'))).toEqual(['1', '0', '0']);
    expect((await answers[2]!.json()).errorCode).toBe('E0000047');
  });
});
