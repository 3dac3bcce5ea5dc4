import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const received: { method?: string; url?: string; authorization?: string; body: string }[] = [];
let broker: Server;
let brokerUrl: string;

// A stand-in Pact Broker on 127.0.0.1: its index names where contracts are published.
beforeAll(async () => {
  broker = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({
        method: req.method,
        url: req.url,
        authorization: req.headers.authorization,
        body,
      });
      res.writeHead(200, { 'content-type': 'application/hal+json' });
      res.end(
        JSON.stringify({
          _links: { 'pb:publish-contracts': { href: `${brokerUrl}/contracts/publish` } },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => broker.listen(0, '127.0.0.1', resolve));
  brokerUrl = `http://127.0.0.1:${(broker.address() as { port: number }).port}`;
});
afterAll(() => new Promise((resolve) => broker.close(resolve)));

function publish(env: Record<string, string>) {
  const { PACT_BROKER_BASE_URL: _unset, ...inherited } = process.env;
  return run(process.execPath, ['contracts/scripts/publish-pacts.ts'], {
    env: { ...inherited, ...env },
  });
}

describe('npm run pact:publish', () => {
  test('publishes both pacts as the given commit and branch, with the broker token', async () => {
    await publish({
      PACT_BROKER_BASE_URL: brokerUrl,
      PACT_BROKER_TOKEN: 'broker-token',
      GIT_COMMIT: 'abc1234',
      GIT_BRANCH: 'feature/x',
    });

    const published = received
      .filter((request) => request.url === '/contracts/publish')
      .map((request) => JSON.parse(request.body));
    expect(published.map((body) => body.contracts[0].consumerName).sort()).toEqual([
      'okta-profile-api',
      'okta-profile-web',
    ]);
    expect(published[0]).toMatchObject({
      pacticipantVersionNumber: 'abc1234',
      branch: 'feature/x',
      tags: ['feature/x'],
    });
    expect(received.every((request) => request.authorization === 'Bearer broker-token')).toBe(true);
  });

  test('refuses to run without PACT_BROKER_BASE_URL, saying so', async () => {
    const failure = await publish({}).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );

    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('PACT_BROKER_BASE_URL is not set');
  });
});
