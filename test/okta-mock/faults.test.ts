import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { EDGE_USERS } from '../../mock-server/okta/seed-users.ts';
import { causesOf, SSWS, startOktaMock, type OktaMockFixture } from './okta-mock-fixture.ts';

let mock: OktaMockFixture;
const userId = EDGE_USERS.noEdipi.id;

beforeAll(async () => {
  mock = await startOktaMock();
});
beforeEach(() => mock.okta.reset());
afterAll(() => mock.close());

function getUser(id: string = userId, signal?: AbortSignal) {
  return fetch(`${mock.url}/api/v1/users/${encodeURIComponent(id)}`, { headers: SSWS, signal });
}

function addFault(fault: unknown) {
  return mock.admin('POST', '/__mock/okta/faults', fault);
}

/** What the raw socket saw: an answer, a reset, or a close with no bytes. */
function rawGet(): Promise<string> {
  return new Promise((resolve) => {
    const req = httpRequest(`${mock.url}/api/v1/users/${userId}`, { headers: SSWS });
    req.on('response', (res) => resolve(`status ${res.statusCode}`));
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    req.end();
  });
}

describe('Okta mock transport faults', () => {
  test('resets the connection on demand, once', async () => {
    await addFault({ kind: 'reset', times: 1 });

    expect(await rawGet()).toBe('ECONNRESET');
    expect(await rawGet()).toBe('status 200');
  });

  test('closes with an empty reply on demand', async () => {
    await addFault({ kind: 'empty-reply', times: 1 });

    expect(await rawGet()).toBe('ECONNRESET');
  });

  test('answers 200 with truncated JSON on demand', async () => {
    await addFault({ kind: 'malformed-json', times: 1 });

    const response = await getUser();

    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow();
  });

  test('answers a 502 HTML page on demand', async () => {
    await addFault({ kind: 'non-json', times: 1 });

    const response = await getUser();

    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toContain('<html>');
  });

  test('never answers on demand, until the client gives up', async () => {
    await addFault({ kind: 'no-reply', times: 1 });

    await expect(getUser(userId, AbortSignal.timeout(300))).rejects.toThrow(/timeout|aborted/i);
  });

  test('adds latency on demand, then answers normally', async () => {
    await addFault({ kind: 'latency', delayMs: 200, times: 1 });
    const startedAt = performance.now();

    const response = await getUser();

    expect(response.status).toBe(200);
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(190);
  });
});

describe('Okta mock error faults', () => {
  test.each([
    [400, 'E0000001'],
    [403, 'E0000006'],
    [404, 'E0000007'],
    [401, 'E0000011'],
    [429, 'E0000047'],
    [500, 'E0000009'],
  ])("answers Okta's %i body with %s on demand", async (status, errorCode) => {
    await addFault({ kind: 'okta-error', status, times: 1 });

    const response = await getUser();

    expect(response.status).toBe(status);
    expect(response.headers.get('x-rate-limit-reset')).toMatch(/^\d+$/);
    expect(await response.json()).toMatchObject({ errorCode, errorLink: expect.any(String) });
  });

  test('takes the status from an errorCode, and uses the summary and causes given', async () => {
    await addFault({
      kind: 'okta-error',
      errorCode: 'E0000001',
      errorSummary: 'API validation failed: login',
      errorCauses: ['login: Something else'],
    });

    const response = await getUser();
    const body = await response.json();

    expect(response.status).toBe(400);
    expect(body.errorSummary).toBe('API validation failed: login');
    expect(causesOf(body)).toEqual(['login: Something else']);
  });

  test('reports the window used up on a 429 fault', async () => {
    await addFault({ kind: 'okta-error', errorCode: 'E0000047' });

    const response = await getUser();

    expect(response.status).toBe(429);
    expect(response.headers.get('x-rate-limit-remaining')).toBe('0');
    expect(Number(response.headers.get('x-rate-limit-reset'))).toBeGreaterThan(Date.now() / 1000);
  });

  test('counts times down, then answers normally', async () => {
    await addFault({ kind: 'okta-error', status: 500, times: 2 });

    const statuses = [];
    for (let attempt = 0; attempt < 3; attempt += 1) statuses.push((await getUser()).status);

    expect(statuses).toEqual([500, 500, 200]);
    expect(await (await mock.admin('GET', '/__mock/okta/faults')).json()).toEqual([]);
  });

  test('applies a fault only to its method', async () => {
    await addFault({ kind: 'okta-error', status: 403, method: 'post' });

    const read = await getUser();
    const write = await mock.write('POST', userId, { title: 'x' });

    expect([read.status, write.status]).toEqual([200, 403]);
  });

  test('applies a fault named by login to requests naming the id, and to no one else', async () => {
    await addFault({ kind: 'okta-error', status: 404, userId: EDGE_USERS.noEdipi.login });

    const byId = await getUser(userId);
    const other = await getUser(EDGE_USERS.plusLogin.id);

    expect([byId.status, other.status]).toEqual([404, 200]);
    const { errorSummary } = await byId.json();
    expect(errorSummary).toBe(`Not found: Resource not found: ${userId} (User)`);
  });

  test('matches a login in any case but an id only as written, as Okta does', async () => {
    await addFault({ kind: 'okta-error', status: 404, userId: userId.toLowerCase(), times: 1 });
    await addFault({
      kind: 'okta-error',
      status: 403,
      userId: EDGE_USERS.plusLogin.login.toUpperCase(),
      times: 1,
    });

    const byId = await getUser(userId);
    const byLogin = await getUser(EDGE_USERS.plusLogin.id);

    expect([byId.status, byLogin.status]).toEqual([200, 403]);
  });

  test('lists faults and clears them', async () => {
    const added = await (await addFault({ kind: 'latency', delayMs: 5 })).json();

    const listed = await (await mock.admin('GET', '/__mock/okta/faults')).json();
    const cleared = await mock.admin('DELETE', '/__mock/okta/faults');

    expect(listed).toEqual([{ id: added.id, kind: 'latency', delayMs: 5 }]);
    expect(cleared.status).toBe(204);
    expect(mock.okta.faults.list()).toEqual([]);
  });

  test.each([
    ['an unknown kind', { kind: 'meteor' }, 'no-reply'],
    ['an okta-error without status or code', { kind: 'okta-error' }, 'errorCode'],
    ['an unknown error code', { kind: 'okta-error', errorCode: 'E9' }, 'E0000047'],
    ['a status that is no error', { kind: 'okta-error', status: 200 }, '400 to 599'],
    [
      'a status and an error code that disagree',
      { kind: 'okta-error', status: 404, errorCode: 'E0000047' },
      "E0000047 is Okta's 429",
    ],
    ['times of zero', { kind: 'reset', times: 0 }, 'times'],
    ['a negative delay', { kind: 'latency', delayMs: -1 }, 'delayMs'],
    ['a delay Node would cut to 1 ms', { kind: 'latency', delayMs: 2 ** 31 }, '600000'],
    ['a list', [], 'object'],
  ])('refuses %s, saying why', async (_name, fault, hint) => {
    const response = await addFault(fault);

    expect(response.status).toBe(400);
    expect((await response.json()).detail).toContain(hint);
  });
});
