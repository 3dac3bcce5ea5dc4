import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { FaultInput } from '../../mock-server/okta/faults.ts';
import { startSystem, type System } from '../support/start-system.ts';

let system: System;
let token: string;

beforeAll(async () => {
  system = await startSystem({ oktaTimeoutMs: 400 });
  token = await system.tokenFor(system.firstUser().id);
});
beforeEach(() => system.okta.faults.clear());
afterAll(() => system.close());

function getProfile() {
  return fetch(`${system.realUrl}/internal/okta-profile`, {
    headers: { authorization: `Bearer ${token}` },
  });
}

async function getWithFault(fault: FaultInput) {
  system.okta.faults.add(fault);
  const response = await getProfile();
  return { response, body: await response.json() };
}

describe('GET /internal/okta-profile when Okta misbehaves', () => {
  test.each([
    [403, 403, 'Forbidden'],
    [404, 404, 'Not Found'],
    [401, 500, 'Internal Server Error'],
    [500, 502, 'Bad Gateway'],
    [503, 502, 'Bad Gateway'],
  ])('answers Okta %i with %i', async (oktaStatus, status, title) => {
    const { response, body } = await getWithFault({ kind: 'okta-error', status: oktaStatus });

    expect(response.status).toBe(status);
    expect(body).toMatchObject({ title });
    expect(JSON.stringify(body)).not.toMatch(/E0000|errorSummary|errorCauses/);
  });

  test('answers 503 with Retry-After from X-Rate-Limit-Reset when Okta answers 429', async () => {
    await system.okta.rateLimiter.configure({ limit: 1, windowSeconds: 30 });
    await getProfile();

    const response = await getProfile();
    system.okta.rateLimiter.configure(false);

    expect(response.status).toBe(503);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(31);
  });

  test.each([
    ['a connection reset', 'reset'],
    ['an empty reply', 'empty-reply'],
    ['malformed JSON', 'malformed-json'],
    ['an HTML error page', 'non-json'],
  ] as const)('answers 502 for %s', async (_name, kind) => {
    const { response, body } = await getWithFault({ kind });

    expect(response.status).toBe(502);
    expect(body).toMatchObject({ title: 'Bad Gateway' });
  });

  test('answers 504 within the timeout when Okta never answers, and keeps serving', async () => {
    const startedAt = performance.now();

    const { response } = await getWithFault({ kind: 'no-reply', times: 1 });
    const elapsedMs = performance.now() - startedAt;

    expect(response.status).toBe(504);
    expect(elapsedMs).toBeLessThan(400 + 1000);
    expect((await getProfile()).status).toBe(200);
  });

  test('answers 504 when Okta is slower than the timeout', async () => {
    const { response } = await getWithFault({ kind: 'latency', delayMs: 1000, times: 1 });

    expect(response.status).toBe(504);
  });

  test('logs a refused API token as a configuration fault', async () => {
    await getWithFault({ kind: 'okta-error', status: 401, times: 1 });

    expect(system.logs.text()).toContain('okta refused the api token: check OKTA_API_TOKEN');
  });
});

describe('POST /internal/okta-profile when Okta refuses', () => {
  function postFirstName() {
    return fetch(`${system.realUrl}/internal/okta-profile`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ profile: { firstName: 'Ok' } }),
    });
  }

  test.each([
    'Api validation failed: login',
    'API validation failed: login',
    'api VALIDATION failed: login',
  ])('answers 422 naming the field from "%s" when Okta gives no causes', async (summary) => {
    system.okta.faults.add({
      kind: 'okta-error',
      status: 400,
      errorSummary: summary,
      errorCauses: [],
      times: 1,
    });

    const response = await postFirstName();

    expect(response.status).toBe(422);
    expect((await response.json()).invalidFields).toEqual({ login: 'Login was refused by Okta' });
  });

  test('answers 422 with every cause Okta lists, labelled', async () => {
    system.okta.faults.add({
      kind: 'okta-error',
      status: 400,
      errorCauses: ['email: Does not match required pattern', 'firstName: Too long'],
      times: 1,
    });

    const response = await postFirstName();

    expect((await response.json()).invalidFields).toEqual({
      email: 'Email: Does not match required pattern',
      firstName: 'First Name: Too long',
    });
  });

  test('answers 422 with no fields when Okta names none', async () => {
    system.okta.faults.add({
      kind: 'okta-error',
      status: 400,
      errorSummary: 'Api validation failed',
      errorCauses: [],
      times: 1,
    });

    const response = await postFirstName();

    expect(response.status).toBe(422);
    expect((await response.json()).invalidFields).toEqual({});
  });
});

describe('the Okta call on timeout', () => {
  test('is aborted: the Okta mock sees its connection closed right after the 504', async () => {
    system.okta.faults.add({ kind: 'no-reply', times: 1 });
    const closedAt = new Promise<number>((resolve) => {
      system.oktaServer.server.once('request', (request) => {
        request.socket.once('close', () => resolve(performance.now()));
      });
    });

    const response = await getProfile();
    const answeredAt = performance.now();

    expect(response.status).toBe(504);
    expect(Math.abs((await closedAt) - answeredAt)).toBeLessThan(200);
  });
});
