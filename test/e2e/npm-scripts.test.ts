import { describe, expect, test } from 'vitest';
import { spawnCommand } from '../support/spawn-node.ts';

// Scripts and test set-ups start the mock with `npm run mock` and stop it by npm's PID; the
// mock must go with it rather than live on holding its port.
describe('npm run mock', () => {
  test('stops when npm is sent SIGTERM, leaving no server behind', async () => {
    const mock = spawnCommand('npm', ['run', '-s', 'mock', '--', '--port', '0']);
    const [, url] = await mock.waitForOutput(/mock listening on (http:\/\/\S+)/, 30_000);
    const answered = await fetch(`${url}/internal/okta-profile`);

    await mock.stop('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));

    expect(answered.status).toBe(200);
    await expect(fetch(`${url}/internal/okta-profile`)).rejects.toThrow();
  }, 40_000);
});
