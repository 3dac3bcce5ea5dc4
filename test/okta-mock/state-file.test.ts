import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createOktaMock } from '../../mock-server/okta/okta-mock.ts';
import { EDGE_USERS } from '../../mock-server/okta/seed-users.ts';
import { StateFileError } from '../../mock-server/state/state-file.ts';

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'okta-state-'));
});
afterAll(() => rm(folder, { recursive: true }));

async function waitForFile(path: string, contains: string) {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const text = await readFile(path, 'utf8').catch(() => '');
    if (text.includes(contains)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${path} never held ${contains}`);
}

describe('Okta mock state file', () => {
  test('keeps users and the signing key across a restart', async () => {
    const statePath = join(folder, 'state.json');
    const first = await createOktaMock({ statePath });
    first.store.saveProfile(EDGE_USERS.noEdipi.id, {
      ...first.store.find(EDGE_USERS.noEdipi.id)!.user.profile,
      firstName: 'Persisted',
    });
    const token = await first.mintFor(EDGE_USERS.noEdipi.id);
    await waitForFile(statePath, 'Persisted');

    const second = await createOktaMock({ statePath });

    expect(second.store.find(EDGE_USERS.noEdipi.id)!.user.profile.firstName).toBe('Persisted');
    expect(await second.authServer.exportSigningKey()).toEqual(await first.authServer.exportSigningKey());
    expect(token).toBeTruthy();
  });

  test('refuses a corrupt file by name and leaves it as it was', async () => {
    const statePath = join(folder, 'corrupt.json');
    await writeFile(statePath, '{"version": 1, "users": [');

    await expect(createOktaMock({ statePath })).rejects.toThrow(StateFileError);
    await expect(createOktaMock({ statePath })).rejects.toThrow(statePath);
    expect(await readFile(statePath, 'utf8')).toBe('{"version": 1, "users": [');
  });
});
