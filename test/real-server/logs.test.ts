import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSystem, type System } from '../support/start-system.ts';

let system: System;

beforeAll(async () => {
  system = await startSystem({ oktaTimeoutMs: 300 });
});
afterAll(() => system.close());

describe('real server logs', () => {
  test('carry no token, API token or profile value, across reads, writes and failures', async () => {
    const user = system.firstUser();
    const token = await system.tokenFor(user.id);
    const auth = { authorization: `Bearer ${token}` };
    const url = `${system.realUrl}/internal/okta-profile`;
    const newName = 'Quillon';

    await fetch(url, { headers: auth });
    await fetch(url, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ profile: { firstName: newName, email: 'bad' } }),
    });
    await fetch(url, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ profile: { firstName: newName } }),
    });
    system.okta.faults.add({ kind: 'okta-error', status: 401, times: 1 });
    await fetch(url, { headers: auth });
    system.okta.faults.add({ kind: 'no-reply', times: 1 });
    await fetch(url, { headers: auth });

    const logged = system.logs.text();
    const secrets = [
      token,
      token.split('.')[1]!,
      system.okta.apiToken,
      user.profile.login,
      user.profile.email,
      user.profile.lastName!,
      user.profile.cac_edipi!,
      newName,
    ];
    expect(system.logs.lines.length).toBeGreaterThan(5);
    for (const secret of secrets) expect(logged).not.toContain(secret);
  });

  test('log one line per request with its id, status and duration', async () => {
    await fetch(`${system.realUrl}/internal/okta-profile`, {
      headers: { 'x-request-id': 'log-1' },
    });

    const line = system.logs.lines
      .map((text) => JSON.parse(text))
      .find((entry) => entry.requestId === 'log-1' && entry.msg === 'request completed');
    expect(line).toMatchObject({ method: 'GET', path: '/internal/okta-profile', status: 401 });
    expect(typeof line.durationMs).toBe('number');
  });
});
