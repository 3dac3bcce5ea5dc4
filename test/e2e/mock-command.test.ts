import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createOktaMock } from '../../mock-server/okta/okta-mock.ts';
import { spawnNode } from '../support/spawn-node.ts';

// The banner is one console.log, so it arrives whole once its last section has begun.
const BANNER = /okta-profile mock listening on (http:\/\/127\.0\.0\.1:\d+)[\s\S]*users seeded/;

// What `npm run mock` runs (its bundle, built here if stale) against the CLI's own source.
async function startAndRead(script: string, args: string[]) {
  const mock = spawnNode(script, [...args, '--port', '0']);
  try {
    const [, url] = await mock.waitForOutput(BANNER, 60_000);
    const response = await fetch(`${url}/internal/okta-profile`);
    return {
      banner: mock.output().replaceAll(url!, '<url>'),
      status: response.status,
      profile: await response.json(),
    };
  } finally {
    await mock.stop('SIGINT');
  }
}

describe('npm run mock', () => {
  test('prints the same banner and serves the same profile as the CLI source', async () => {
    const fromBundle = await startAndRead('mock-server/bundle/run-bundled-cli.mjs', ['mock']);
    const fromSource = await startAndRead('mock-server/cli/mock.ts', []);

    expect(fromBundle.status).toBe(200);
    expect(fromBundle).toEqual(fromSource);
  }, 90_000);

  test('refuses an unknown flag with its usage, as the CLI source does', async () => {
    const fromBundle = spawnNode('mock-server/bundle/run-bundled-cli.mjs', ['mock', '--bogus']);
    const fromSource = spawnNode('mock-server/cli/mock.ts', ['--bogus']);

    expect(await fromBundle.exited).toBe(2);
    expect(await fromSource.exited).toBe(2);
    expect(fromBundle.output()).toBe(fromSource.output());
  }, 60_000);

  test('refuses a broken state file in one line naming it, not a stack trace', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'mock-state-'));
    const statePath = join(folder, 'state.json');
    await writeFile(statePath, '{ truncated');

    const mock = spawnNode('mock-server/cli/mock.ts', ['--state', statePath, '--port', '0']);
    const code = await mock.exited;
    await rm(folder, { recursive: true });

    expect(code).toBe(1);
    expect(mock.output().trim()).toBe(
      `The mock state file ${statePath} cannot be used: it is not valid JSON. Fix or delete it.`,
    );
  }, 60_000);

  test('refuses a state file another running mock holds, naming its PID', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'mock-state-'));
    const statePath = join(folder, 'state.json');
    await createOktaMock({ statePath });

    const second = spawnNode('mock-server/cli/mock.ts', ['--state', statePath, '--port', '0']);
    const code = await second.exited;
    await rm(folder, { recursive: true });

    expect(code).toBe(1);
    expect(second.output()).toContain(`another mock (PID ${process.pid}) is using it`);
  }, 60_000);

  test('says where its users came from: the seed, or the state file of an earlier run', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'mock-state-'));
    const statePath = join(folder, 'state.json');
    const banners: string[] = [];
    try {
      for (let run = 0; run < 2; run += 1) {
        const mock = spawnNode('mock-server/cli/mock.ts', ['--state', statePath, '--port', '0']);
        await mock.waitForOutput(/users (seeded|loaded)[^\n]*\n(.*\n){3}/, 60_000);
        banners.push(mock.output());
        await mock.stop('SIGINT');
      }
    } finally {
      await rm(folder, { recursive: true });
    }

    expect(banners[0]).toMatch(/users seeded \(seed \d+\)/);
    expect(banners[1]).toContain(`users loaded from ${statePath}`);
    expect(banners[1]).toMatch(/POST \/__mock\/reset goes back to seed \d+/);
  }, 90_000);
});

describe('npm run dev', () => {
  test('runs from its bundle and answers the curl line it prints, with its token', async () => {
    const dev = spawnNode('mock-server/bundle/run-bundled-cli.mjs', [
      'dev',
      '--port',
      '0',
      '--mock-port',
      '0',
    ]);
    try {
      await dev.waitForOutput(/Ctrl-C stops everything/, 60_000);
      const [, profileUrl] = dev.output().match(/curl -i (http:\S+\/internal\/okta-profile)/)!;
      const [, token] = dev.output().match(/Authorization: Bearer ([\w.-]+)'/)!;

      const response = await fetch(profileUrl!, { headers: { authorization: `Bearer ${token}` } });

      expect(response.status).toBe(200);
      expect((await response.json()).login).toMatch(/@example\.com$/);
    } finally {
      expect(await dev.stop('SIGINT')).toBe(0);
    }
  }, 90_000);
});
