import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { FaultInput } from '../../mock-server/okta/faults.ts';
import { SCENARIO_NAMES, type ScenarioName } from '../../mock-server/scenarios/scenario-catalog.ts';
import { startTestMock, type TestMock } from '../support/start-mock.ts';
import { startSystem, type System } from '../support/start-system.ts';

// How each scenario happens for real: what Okta does to the real server, and which method.
const REAL_SITUATIONS: Record<
  ScenarioName,
  { fault?: FaultInput; method: string; noToken?: true }
> = {
  ok: { method: 'GET' },
  unauthenticated: { method: 'GET', noToken: true },
  forbidden: { method: 'GET', fault: { kind: 'okta-error', status: 403 } },
  'not-found': { method: 'GET', fault: { kind: 'okta-error', status: 404 } },
  'validation-error': { method: 'POST', fault: { kind: 'okta-error', status: 400 } },
  conflict: { method: 'POST', fault: { kind: 'okta-error', status: 412 } },
  'okta-rate-limited': { method: 'GET', fault: { kind: 'okta-error', status: 429 } },
  'okta-down': { method: 'GET', fault: { kind: 'reset' } },
  'okta-timeout': { method: 'GET', fault: { kind: 'no-reply' } },
  'server-error': { method: 'GET', fault: { kind: 'okta-error', status: 401 } },
  slow: { method: 'GET', fault: { kind: 'latency', delayMs: 50 } },
};

const COMPARED_HEADERS = [
  'content-type',
  'www-authenticate',
  'cache-control',
  'x-content-type-options',
];

let mock: TestMock;
let system: System;

beforeAll(async () => {
  [mock, system] = await Promise.all([startTestMock(), startSystem({ oktaTimeoutMs: 300 })]);
});
beforeEach(() => {
  mock.app.okta.reset();
  system.okta.reset();
});
afterAll(async () => {
  await Promise.all([mock.close(), system.close()]);
});

async function describeAnswer(response: Response) {
  const body = await response.json();
  const headers = Object.fromEntries(
    COMPARED_HEADERS.map((name) => [name, response.headers.get(name)]),
  );
  delete body.instance;

  return {
    status: response.status,
    headers,
    hasRetryAfter: response.headers.has('retry-after'),
    body: response.status === 200 ? Object.keys(body).sort() : body,
  };
}

const BODY = JSON.stringify({ profile: { firstName: 'Ada' } });

describe('/internal/okta-profile mock scenarios', () => {
  test.each(SCENARIO_NAMES)('answers %s exactly as the real server does', async (scenario) => {
    const situation = REAL_SITUATIONS[scenario];
    if (situation.fault) system.okta.faults.add(situation.fault);
    const token = await system.tokenFor(system.firstUser().id);
    const init = (headers: Record<string, string>) => ({
      method: situation.method,
      headers: { 'content-type': 'application/json', ...headers },
      body: situation.method === 'POST' ? BODY : undefined,
    });

    const real = await fetch(
      `${system.realUrl}/internal/okta-profile`,
      init(situation.noToken ? {} : { authorization: `Bearer ${token}` }),
    );
    const mocked = await fetch(
      `${mock.url}/internal/okta-profile`,
      init({ 'x-mock-scenario': scenario }),
    );

    expect(await describeAnswer(mocked)).toEqual(await describeAnswer(real));
  });

  test('picks the scenario from the __scenario query parameter', async () => {
    const response = await fetch(`${mock.url}/internal/okta-profile?__scenario=forbidden`);

    expect(response.status).toBe(403);
  });

  test('answers 400 naming the known scenarios for an unknown one', async () => {
    const response = await fetch(`${mock.url}/internal/okta-profile`, {
      headers: { 'x-mock-scenario': 'typo' },
    });

    expect(response.status).toBe(400);
    expect((await response.json()).detail).toContain('okta-rate-limited');
  });

  test('answers Retry-After on okta-rate-limited, as the real server does', async () => {
    const response = await fetch(`${mock.url}/internal/okta-profile`, {
      headers: { 'x-mock-scenario': 'okta-rate-limited' },
    });

    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  test('lets GET through under validation-error, which only an update can meet', async () => {
    const response = await fetch(`${mock.url}/internal/okta-profile`, {
      headers: { 'x-mock-scenario': 'validation-error' },
    });

    expect(response.status).toBe(200);
  });
});
