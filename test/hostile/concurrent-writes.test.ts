import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildOktaUser } from '../../mock-server/okta/seed-users.ts';
import { startProfileTargets, type ProfileTarget } from '../support/profile-targets.ts';

let targets: ProfileTarget[];
let checked = 0;

beforeAll(async () => {
  targets = await startProfileTargets(2000);
});
afterAll(async () => {
  await Promise.all(targets.map((target) => target.close()));
  console.log(`concurrent writes checked: ${checked}`);
});

function targetNamed(name: string) {
  return targets.find((target) => target.name === name)!;
}

async function post(target: ProfileTarget, userId: string, profile: unknown, ifMatch?: string) {
  const response = await fetch(`${target.url}/internal/okta-profile`, {
    method: 'POST',
    headers: {
      ...(await target.callerHeaders(userId)),
      'content-type': 'application/json',
      ...(ifMatch ? { 'if-match': ifMatch } : {}),
    },
    body: JSON.stringify({ profile }),
  });
  return { status: response.status, body: await response.json() };
}

describe.each(['real server', 'mock'] as const)('concurrent writes to the %s', (name) => {
  test('gives 200 users 200 concurrent writes, each answer and store belonging to its caller', async () => {
    const target = targetNamed(name);
    target.okta.reset();
    const ids = Array.from({ length: 200 }, (_, index) => {
      const id = `00uConcurrent${String(index).padStart(7, '0')}`;
      const login = `writer${index}@example.com`;
      target.okta.store.add(
        buildOktaUser(id, {
          login,
          email: login,
          firstName: 'Before',
          lastName: 'Writer',
        }),
      );
      return id;
    });
    await Promise.all(ids.map((id) => target.callerHeaders(id)));

    const answers = await Promise.all(
      ids.map((id, index) => post(target, id, { firstName: `W${index}` })),
    );

    answers.forEach(({ status, body }, index) => {
      expect(status).toBe(200);
      expect(body).toMatchObject({ sub: ids[index], firstName: `W${index}` });
      expect(target.okta.store.find(ids[index]!)!.user.profile.firstName).toBe(`W${index}`);
    });
    checked += answers.length;
  });

  test('stores every one of 200 concurrent writes by one user', async () => {
    const target = targetNamed(name);
    target.okta.reset();
    const userId = target.okta.store.list()[0]!.id;
    const versionBefore = target.okta.store.find(userId)!.version;

    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, index) => post(target, userId, { lastName: `L${index}` })),
    );

    const sent = new Set(answers.map((_, index) => `L${index}`));
    expect(answers.every(({ status, body }) => status === 200 && body.sub === userId)).toBe(true);
    expect(sent.has(target.okta.store.find(userId)!.user.profile.lastName!)).toBe(true);
    expect(target.okta.store.find(userId)!.version - versionBefore).toBe(200);
    checked += answers.length;
  });

  test('lets exactly one of two racing If-Match writers win, 20 times over', async () => {
    const target = targetNamed(name);
    target.okta.reset();
    const userId = target.okta.store.list()[0]!.id;

    for (let round = 0; round < 20; round += 1) {
      const etag = target.okta.store.find(userId)!.etag;
      const pair = await Promise.all([
        post(target, userId, { firstName: `A${round}` }, etag),
        post(target, userId, { firstName: `B${round}` }, etag),
      ]);

      const statuses = pair.map(({ status }) => status).sort();
      const winner = pair.find(({ status }) => status === 200)!.body.firstName;
      expect(statuses).toEqual([200, 412]);
      expect(target.okta.store.find(userId)!.user.profile.firstName).toBe(winner);
      checked += 2;
    }
  });
});
