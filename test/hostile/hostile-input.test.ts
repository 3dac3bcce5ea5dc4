import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startProfileTargets, type ProfileTarget } from '../support/profile-targets.ts';
import { HOSTILE_CASES, type HostileCase } from './hostile-cases.ts';

let targets: ProfileTarget[];
const tried = new Map<string, number>();

beforeAll(async () => {
  targets = await startProfileTargets();
});
afterAll(async () => {
  await Promise.all(targets.map((target) => target.close()));
  const lines = [...tried].map(([group, count]) => `  ${group}: ${count} cases`);
  console.log(`hostile input tried against the real server and the mock:\n${lines.join('\n')}`);
});

async function send(target: ProfileTarget, userId: string, hostile: HostileCase) {
  const headers: Record<string, string> = {
    ...(await target.callerHeaders(userId)),
    ...(hostile.contentType === null
      ? {}
      : { 'content-type': hostile.contentType ?? 'application/json' }),
    ...hostile.headers,
  };

  return fetch(`${target.url}/internal/okta-profile${hostile.query ?? ''}`, {
    method: hostile.method ?? 'POST',
    headers,
    body: hostile.body,
  });
}

describe.each(['real server', 'mock'] as const)('hostile input against the %s', (targetName) => {
  test.each(
    HOSTILE_CASES.map((hostile) => [`${hostile.group}: ${hostile.name}`, hostile] as const),
  )('answers %s as the contract says', async (_title, hostile) => {
    const target = targets.find((candidate) => candidate.name === targetName)!;
    target.okta.reset();
    const userId = target.okta.store.list()[0]!.id;
    const before = structuredClone(target.okta.store.find(userId)!.user);

    const response = await send(target, userId, hostile);
    const body = await response.json();
    const after = target.okta.store.find(userId)!.user;

    expect(response.status).toBe(hostile.status);
    if (response.status !== 431) {
      expect(response.headers.get('x-request-id')).toMatch(/^[A-Za-z0-9._:-]{1,128}$/);
    }
    if (hostile.status >= 400) {
      expect(body).toEqual(
        expect.objectContaining({
          title: expect.any(String),
          detail: expect.any(String),
          instance: expect.any(String),
        }),
      );
      expect(JSON.stringify(body)).not.toMatch(/at .+\.ts:\d+|node_modules|E0000/);
      expect(after).toEqual(before);
    } else {
      expect(body.sub).toBe(userId);
      expect(after.profile.firstName).toBe(hostile.storedFirstName ?? before.profile.firstName);
    }

    const stillServing = await fetch(`${target.url}/internal/okta-profile`, {
      headers: await target.callerHeaders(userId),
    });
    expect(stillServing.status).toBe(200);
    tried.set(hostile.group, (tried.get(hostile.group) ?? 0) + 1);
  });

  test('leaves Object.prototype untouched', () => {
    const blank: Record<string, unknown> = {};

    expect(blank.firstName).toBeUndefined();
    expect(blank.isAdmin).toBeUndefined();
  });
});

// Runs after the cases above (vitest keeps a file's order), over every line they made the server log.
describe('real server logs after the hostile cases', () => {
  test('logs no token, API token, EDIPI, email address or name', () => {
    const target = targets.find((candidate) => candidate.name === 'real server')!;
    const logged = target.logLines().join('\n');
    expect(target.logLines().length).toBeGreaterThan(HOSTILE_CASES.length);
    const names = target.okta.store
      .list()
      .flatMap((user) => [user.profile.firstName, user.profile.lastName]);

    expect(logged).not.toMatch(/eyJ[A-Za-z0-9_-]+\./);
    expect(logged).not.toContain(target.okta.apiToken);
    expect(logged).not.toMatch(/\b\d{10}\b/);
    expect(logged).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/);
    for (const name of [...names, 'Media', 'Header', 'Robert']) {
      if (name) expect(logged).not.toContain(`"${name}`);
    }
  });
});
