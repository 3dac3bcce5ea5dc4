import {
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createOktaMock, type OktaMock } from '../../mock-server/okta/okta-mock.ts';
import { EDGE_USERS } from '../../mock-server/okta/seed-users.ts';
import { StateFileError } from '../../mock-server/state/state-file.ts';
import { startMockHttpServer } from '../../mock-server/node/serve-mock.ts';
import { SSWS } from './okta-mock-fixture.ts';

let folder: string;
const userId = EDGE_USERS.noEdipi.id;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'okta-state-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function waitForFile(path: string, contains: string) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const text = await readFile(path, 'utf8').catch(() => '');
    if (text.includes(contains)) return text;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${path} never held ${contains}`);
}

function rename(okta: OktaMock, firstName: string) {
  const { profile } = okta.store.find(userId)!.user;
  okta.store.saveProfile(userId, { ...profile, firstName });
}

describe('Okta mock state file', () => {
  test('keeps users and the signing key across a restart', async () => {
    const statePath = join(folder, 'state.json');
    const first = await createOktaMock({ statePath });
    rename(first, 'Persisted');
    await waitForFile(statePath, 'Persisted');

    const second = await createOktaMock({ statePath });
    const token = await first.mintFor(userId);

    expect(second.store.find(userId)!.user.profile.firstName).toBe('Persisted');
    expect(await second.authServer.exportSigningKey()).toEqual(
      await first.authServer.exportSigningKey(),
    );
    expect(token).toBeTruthy();
  });

  test('writes a burst of changes atomically, the last one winning', async () => {
    const sub = join(folder, 'burst');
    await mkdir(sub);
    const statePath = join(sub, 'state.json');
    const okta = await createOktaMock({ statePath });

    for (let index = 0; index < 20; index += 1) rename(okta, `Burst${index}`);
    const text = await waitForFile(statePath, 'Burst19');
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(JSON.parse(text).users).toHaveLength(okta.store.list().length);
    // No temporary file is left behind; the lock says which process holds the file.
    expect(await readdir(sub)).toEqual(['state.json', 'state.json.lock']);
  });

  test('keeps the file to its owner, since it holds the private signing key', async () => {
    const statePath = join(folder, 'private.json');
    const okta = await createOktaMock({ statePath });

    rename(okta, 'Private');
    await waitForFile(statePath, 'Private');

    expect((await stat(statePath)).mode & 0o777).toBe(0o600);
  });

  test('writes through a symlinked state file, leaving the link in place', async () => {
    const target = join(folder, 'real-state.json');
    const link = join(folder, 'linked-state.json');
    await symlink(target, link);
    const okta = await createOktaMock({ statePath: link });

    rename(okta, 'ThroughLink');
    await waitForFile(target, 'ThroughLink');

    expect((await lstat(link)).isSymbolicLink()).toBe(true);
  });

  test('takes over a lock left by a process that is gone', async () => {
    const statePath = join(folder, 'stale.json');
    await writeFile(`${statePath}.lock`, '2147483646\n');

    const okta = await createOktaMock({ statePath });

    expect(okta.store.list().length).toBeGreaterThan(0);
    expect(await readFile(`${statePath}.lock`, 'utf8')).toBe(`${process.pid}\n`);
  });

  test('saves the seeded users again after a reset', async () => {
    const statePath = join(folder, 'reset.json');
    const okta = await createOktaMock({ statePath });
    rename(okta, 'BeforeReset');
    await waitForFile(statePath, 'BeforeReset');

    okta.reset();
    await waitForFile(statePath, '"firstName": "Sam"');

    const restarted = await createOktaMock({ statePath });
    expect(restarted.store.find(userId)!.user.profile.firstName).toBe('Sam');
  });

  test.each([
    ['truncated JSON', '{"version": 1, "users": [', 'not valid JSON'],
    ['another version', '{"version": 2, "users": []}', 'version 1'],
    [
      'a user without a login',
      '{"version": 1, "users": [{"id": "00u1", "profile": {}}]}',
      'user 0',
    ],
    [
      'a public signing key',
      '{"version": 1, "users": [], "signingKey": {"kty": "RSA", "n": "x"}}',
      'signingKey',
    ],
    [
      'a broken signing key',
      '{"version": 1, "users": [], "signingKey": {"kty": "RSA", "n": "x", "e": "AQAB", "d": "x"}}',
      'signingKey',
    ],
  ])('refuses a file with %s by name and leaves it as it was', async (name, text, reason) => {
    const statePath = join(folder, `corrupt-${name.replace(/\W/g, '')}.json`);
    await writeFile(statePath, text);

    const attempt = createOktaMock({ statePath });

    await expect(attempt).rejects.toThrow(StateFileError);
    await expect(createOktaMock({ statePath })).rejects.toThrow(statePath);
    await expect(createOktaMock({ statePath })).rejects.toThrow(reason);
    expect(await readFile(statePath, 'utf8')).toBe(text);
  });

  test('reports a save that fails and keeps answering', async () => {
    const sub = join(folder, 'vanishing');
    await mkdir(sub);
    const errors: unknown[] = [];
    const okta = await createOktaMock({
      statePath: join(sub, 'state.json'),
      rateLimit: false,
      onError: (error) => errors.push(error),
    });
    const server = await startMockHttpServer({ handle: okta.handle });
    await rm(sub, { recursive: true });

    const response = await fetch(`${server.url}/api/v1/users/${userId}`, {
      method: 'POST',
      headers: { ...SSWS, 'content-type': 'application/json' },
      body: JSON.stringify({ profile: { firstName: 'Unsaved' } }),
    });
    for (let attempt = 0; attempt < 50 && errors.length === 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await server.close();

    expect(response.status).toBe(200);
    expect(errors[0]).toBeInstanceOf(StateFileError);
    expect(String(errors[0])).toContain(sub);
  });
});
