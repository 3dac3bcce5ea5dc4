import { describe, expect, test } from 'vitest';
import { createOktaMock } from '../../mock-server/okta/okta-mock.ts';
import { startMockHttpServer } from '../../mock-server/node/serve-mock.ts';
import { spawnNode } from '../support/spawn-node.ts';

describe('npm start', () => {
  test('refuses to start without its Okta settings, naming each variable', async () => {
    const server = spawnNode('real-server/main.ts', [], {
      OKTA_ORG_URL: 'http://10.1.2.3',
      PORT: 'x',
    });

    expect(await server.exited).toBe(1);
    for (const name of [
      'OKTA_ORG_URL must use https',
      'OKTA_ISSUER',
      'OKTA_API_TOKEN',
      'OKTA_AUDIENCE',
      'PORT',
    ]) {
      expect(server.output()).toContain(name);
    }
  });

  test('finishes a request in flight on SIGTERM, then exits 0 and accepts no more', async () => {
    const okta = await createOktaMock({ rateLimit: false });
    const oktaServer = await startMockHttpServer({ handle: okta.handle });
    okta.setBaseUrl(oktaServer.url);
    const server = spawnNode('real-server/main.ts', [], {
      PORT: '0',
      OKTA_ORG_URL: oktaServer.url,
      OKTA_API_TOKEN: okta.apiToken,
      OKTA_ISSUER: okta.authServer.issuer(),
      OKTA_AUDIENCE: okta.authServer.audience,
    });
    const [, url] = await server.waitForOutput(/"url":"(http:\/\/127\.0\.0\.1:\d+)"/);
    const token = await okta.mintFor(okta.store.list()[0]!.id);
    okta.faults.add({ kind: 'latency', delayMs: 500, times: 1 });

    const inFlight = fetch(`${url}/internal/okta-profile`, {
      headers: { authorization: `Bearer ${token}` },
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    server.child.kill('SIGTERM');

    expect((await inFlight).status).toBe(200);
    expect(await server.exited).toBe(0);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    await oktaServer.close();
  });
});
