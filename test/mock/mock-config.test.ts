import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MockConfigError, resolveMockConfig } from '../../mock-server/cli/mock-config.ts';
import { startMock, type RunningMock } from '../../mock-server/cli/start-mock.ts';

// `npm run mock` flags and environment, as a user types them.
describe('npm run mock flags and environment', () => {
  test.each([
    ['a latency range', ['--latency', '100-400'], { minMs: 100, maxMs: 400 }],
    ['a fixed latency', ['--latency', '250'], { minMs: 250, maxMs: 250 }],
  ])('takes %s', (_name, argv, latency) => {
    expect(resolveMockConfig(argv, {}).settings.latency).toEqual(latency);
  });

  test.each([
    ['a negative latency', ['--latency=-5']],
    ['a latency of three parts', ['--latency', '1-2-3']],
    ['an empty seed', ['--seed', '']],
  ])('refuses %s, naming the setting', (_name, argv) => {
    expect(() => resolveMockConfig(argv, {})).toThrow(MockConfigError);
  });

  test('reads an empty MOCK_PORT as unset, not as "any free port"', () => {
    expect(resolveMockConfig([], { MOCK_PORT: '' }).port).toBe(4010);
  });
});

describe('config file', () => {
  test('refuses a misspelt key, naming it and the keys there are', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'mock-keys-'));
    const configPath = join(folder, 'mock.config.json');
    await writeFile(configPath, JSON.stringify({ scenrio: 'forbidden', $schema: 'x' }));

    const resolving = () => resolveMockConfig(['--config', configPath], {});

    expect(resolving).toThrow(/unknown keys scenrio; the keys are scenario, latencyMs/);
    await rm(folder, { recursive: true });
  });
});

describe('config file reload', () => {
  let folder: string;
  let mock: RunningMock;
  const reports: string[] = [];

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'mock-touch-'));
    const configPath = join(folder, 'mock.config.json');
    await writeFile(configPath, JSON.stringify({ scenario: 'ok' }));
    mock = await startMock(resolveMockConfig(['--config', configPath, '--port', '0'], {}), (line) =>
      reports.push(line),
    );
  });
  afterAll(async () => {
    await mock.close();
    await rm(folder, { recursive: true });
  });

  test('keeps a scenario set through the admin API when the file is only touched', async () => {
    await fetch(`${mock.url}/__mock/scenario`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'forbidden' }),
    });

    const now = new Date();
    await utimes(join(folder, 'mock.config.json'), now, now);
    await new Promise((resolve) => setTimeout(resolve, 400));

    expect((await fetch(`${mock.url}/internal/okta-profile`)).status).toBe(403);
    expect(reports).toEqual([]);
  });
});
