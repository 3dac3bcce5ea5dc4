import { execFileSync } from 'node:child_process';
import { mkdtemp, rename, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
  const config = resolveMockConfig(['--config', configPath, '--port', '0'], {
    MOCK_LATENCY_MS: '0',
  });
  mock = await startMock(config, (line) => reports.push(line));
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

  test('names every setting it applied, and that --port beats the port in the file', async () => {
    reports.length = 0;

    await writeFile(configPath, JSON.stringify({ scenario: 'not-found', port: 1 }));

    expect(await waitFor(async () => reports.some((line) => line.includes('ignored')))).toBe(true);
    expect(reports.join('\n')).toMatch(/scenario not-found, latency 0 ms, default user/);
    expect(reports.join('\n')).toContain('is ignored: --port or MOCK_PORT sets it');
  });

  test('keeps the last settings when the file is removed, and says so', async () => {
    reports.length = 0;

    await unlink(configPath);

    expect(await waitFor(async () => reports.some((line) => line.includes('was removed')))).toBe(
      true,
    );
    expect(await statusOfProfile()).toBe(404);
    await writeFile(configPath, JSON.stringify({ scenario: 'not-found' }));
  });

  test('gives way to a CLI flag and names a bad value', async () => {
    await writeFile(configPath, JSON.stringify({ scenario: 'not-found' }));
    const flagged = resolveMockConfig(['--config', configPath, '--scenario', 'slow'], {
      MOCK_SCENARIO: 'forbidden',
    });

    expect(() => resolveMockConfig(['--scenario', 'nope'], {})).toThrow(MockConfigError);
    expect(flagged.settings.scenario).toBe('slow');
  });

  test('is reloaded after an editor saves by writing a new file and renaming it', async () => {
    const temporary = join(folder, '.mock.config.json.swp');
    await writeFile(temporary, JSON.stringify({ scenario: 'unauthenticated' }));

    await rename(temporary, configPath);

    expect(await waitFor(async () => (await statusOfProfile()) === 401)).toBe(true);
  });

  test('keeps flags and environment above the file on reload', async () => {
    await writeFile(configPath, JSON.stringify({ scenario: 'ok', latencyMs: 400 }));
    await waitFor(async () => (await statusOfProfile()) === 200);

    const startedAt = performance.now();
    await statusOfProfile();

    expect(performance.now() - startedAt).toBeLessThan(300);
  });

  test('watches ./mock.config.json when no file is named, so one made later is picked up', async () => {
    const later = await mkdtemp(join(tmpdir(), 'mock-config-later-'));
    const laterPath = join(later, 'mock.config.json');
    const lateMock = await startMock({
      ...resolveMockConfig(['--port', '0'], {}),
      watchPath: laterPath,
    });

    await writeFile(laterPath, JSON.stringify({ scenario: 'forbidden' }));
    const answered = await waitFor(
      async () => (await fetch(`${lateMock.url}/internal/okta-profile`)).status === 403,
    );
    await lateMock.close();
    await rm(later, { recursive: true });

    expect(resolveMockConfig([], {}).watchPath).toBe(resolve('mock.config.json'));
    expect(answered).toBe(true);
  });

  test('follows a symlinked config file to the file it points at', async () => {
    const linked = await mkdtemp(join(tmpdir(), 'mock-config-link-'));
    const target = join(linked, 'real.json');
    const link = join(linked, 'mock.config.json');
    await writeFile(target, JSON.stringify({ scenario: 'ok' }));
    await symlink(target, link);
    const linkedMock = await startMock(resolveMockConfig(['--config', link, '--port', '0'], {}));

    await writeFile(target, JSON.stringify({ scenario: 'forbidden' }));
    const answered = await waitFor(
      async () => (await fetch(`${linkedMock.url}/internal/okta-profile`)).status === 403,
    );
    await linkedMock.close();
    await rm(linked, { recursive: true });

    expect(answered).toBe(true);
  });

  test('refuses a config path that is a pipe, which would block the mock', async () => {
    const piped = await mkdtemp(join(tmpdir(), 'mock-config-fifo-'));
    const fifo = join(piped, 'mock.config.json');
    execFileSync('mkfifo', [fifo]);

    const resolving = () => resolveMockConfig(['--config', fifo], {});

    expect(resolving).toThrow(/is not a regular file/);
    await rm(piped, { recursive: true });
  });
});
