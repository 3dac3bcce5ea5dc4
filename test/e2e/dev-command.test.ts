import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnNode } from '../support/spawn-node.ts';

let dev: ReturnType<typeof spawnNode>;
let profileUrl: string;
let token: string;

beforeAll(async () => {
  dev = spawnNode('mock-server/cli/dev.ts', ['--port', '0', '--mock-port', '0']);
  await dev.waitForOutput(/Ctrl-C stops everything/);
  profileUrl = dev
    .output()
    .match(/curl -i (http:\/\/127\.0\.0\.1:\d+\/internal\/okta-profile)/)![1]!;
  token = dev.output().match(/Authorization: Bearer ([\w.-]+)'/)![1]!;
}, 30_000);
afterAll(() => dev.stop('SIGINT'));

describe('npm run dev', () => {
  test('prints curl lines whose GET answers 200 with the seeded user', async () => {
    const response = await fetch(profileUrl, { headers: { authorization: `Bearer ${token}` } });

    expect(response.status).toBe(200);
    expect((await response.json()).login).toMatch(/@example\.com$/);
  });

  test('takes a POST of one field and shows it in the next GET, all else unchanged', async () => {
    const auth = { authorization: `Bearer ${token}` };
    const before = await (await fetch(profileUrl, { headers: auth })).json();

    const posted = await fetch(profileUrl, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ profile: { firstName: 'Grace' } }),
    });
    const after = await (await fetch(profileUrl, { headers: auth })).json();

    expect(posted.status).toBe(200);
    expect(after).toEqual({ ...before, firstName: 'Grace' });
  });

  test('answers 401 without a token', async () => {
    expect((await fetch(profileUrl)).status).toBe(401);
  });

  test('prints an Okta mock curl line with its SSWS token that answers 200', async () => {
    const [, url, ssws] = dev
      .output()
      .match(
        /curl -i (http:\/\/\S+\/api\/v1\/users\/\w+) \\\n\s+-H 'Authorization: (SSWS [^']+)'/,
      )!;

    const response = await fetch(url!, { headers: { authorization: ssws! } });

    expect(response.status).toBe(200);
  });

  test('stops everything on Ctrl-C', async () => {
    expect(await dev.stop('SIGINT')).toBe(0);
    await expect(fetch(profileUrl)).rejects.toThrow();
  });

  test('refuses a mistyped flag in one line plus its usage, starting nothing', async () => {
    const mistyped = spawnNode('mock-server/cli/dev.ts', ['--mockport', '4608']);

    expect(await mistyped.exited).toBe(2);
    expect(mistyped.output()).toMatch(/^Unknown option '--mockport'\n\nUsage: npm run dev/);
  });
});
