import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MockConfigError, resolveMockConfig } from '../../mock-server/cli/mock-config.ts';
import { startMock, type RunningMock } from '../../mock-server/cli/start-mock.ts';

let folder: string;
let configPath: string;
let mock: RunningMock;
const reports: string[] = [];

async function waitFor(check: () => Promise<boolean>, timeoutMs = 3000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

async function statusOfProfile() {
  return (await fetch(`${mock.url}/internal/okta-profile`)).status;
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'mock-config-'));
  configPath = join(folder, 'mock.config.json');
  await writeFile(configPath, JSON.stringify({ scenario: 'forbidden' }));
  mock = await startMock(resolveMockConfig(['--config', configPath, '--port', '0'], {}), (line) => {
    reports.push(line);
  });
});
afterAll(async () => {
  await mock.close();
  await rm(folder, { recursive: true });
});

describe('mock config file', () => {
  test('sets the starting scenario', async () => {
    expect(await statusOfProfile()).toBe(403);
  });

  test('is reloaded when it changes, without a restart', async () => {
    await writeFile(configPath, JSON.stringify({ scenario: 'not-found' }));

    expect(await waitFor(async () => (await statusOfProfile()) === 404)).toBe(true);
  });

  test('keeps the last good settings when the file breaks, and says why', async () => {
    await writeFile(configPath, '{ not json');

    expect(await waitFor(async () => reports.some((line) => line.includes('not reloaded')))).toBe(
      true,
    );
    expect(await statusOfProfile()).toBe(404);
  });

  test('gives way to a CLI flag and names a bad value', async () => {
    await writeFile(configPath, JSON.stringify({ scenario: 'not-found' }));
    const flagged = resolveMockConfig(['--config', configPath, '--scenario', 'slow'], {
      MOCK_SCENARIO: 'forbidden',
    });

    expect(() => resolveMockConfig(['--scenario', 'nope'], {})).toThrow(MockConfigError);
    expect(flagged.settings.scenario).toBe('slow');
  });
});
