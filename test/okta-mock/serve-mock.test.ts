import { Agent, request as httpRequest } from 'node:http';
import { afterEach, describe, expect, test } from 'vitest';
import {
  jsonAnswer,
  type MockAnswer,
  type MockRequest,
} from '../../mock-server/core/mock-exchange.ts';
import {
  startMockHttpServer,
  type MockHttpServer,
  type MockHttpServerOptions,
} from '../../mock-server/node/serve-mock.ts';

let server: MockHttpServer | undefined;
let seen: MockRequest[] = [];

afterEach(async () => {
  await server?.close();
  server = undefined;
  seen = [];
});

async function serve(
  answer: (request: MockRequest) => MockAnswer | undefined,
  options: Omit<MockHttpServerOptions, 'handle'> = {},
) {
  server = await startMockHttpServer({
    handle: async (request) => {
      seen.push(request);
      return answer(request);
    },
    ...options,
  });
  return server;
}

describe('startMockHttpServer', () => {
  test('hands the handle the path, decoded query, lower-cased headers and body text', async () => {
    const { url } = await serve(() => jsonAnswer(200, {}));

    await fetch(`${url}/api/v1/users/a%2Bb?limit=2&q=x+y`, {
      method: 'POST',
      headers: { 'X-Custom': 'Yes', 'content-type': 'application/json' },
      body: '{"ö":1}',
    });

    expect(seen[0]).toMatchObject({
      method: 'POST',
      path: '/api/v1/users/a%2Bb',
      headers: { 'x-custom': 'Yes' },
      body: '{"ö":1}',
    });
    expect(Object.fromEntries(seen[0]!.query)).toEqual({ limit: '2', q: 'x y' });
    expect(seen[0]!.bodyTooLarge).toBeUndefined();
  });

  test('stops reading a body past maxBodyBytes and says so', async () => {
    const { url } = await serve(() => jsonAnswer(413, {}), { maxBodyBytes: 10 });

    const response = await fetch(url, { method: 'POST', body: 'x'.repeat(11) });

    expect(response.status).toBe(413);
    expect(seen[0]).toMatchObject({ body: undefined, bodyTooLarge: true });
  });

  test('answers 404 JSON for a path no handle claims', async () => {
    const { url } = await serve(() => undefined);

    const response = await fetch(`${url}/nowhere`);

    expect(response.status).toBe(404);
    expect(await response.json()).toHaveProperty('title', 'Not Found');
  });

  test('answers 500 JSON without a stack when the handle throws, and stays up', async () => {
    const logged: object[] = [];
    const logger = { error: (details: object) => void logged.push(details) };
    const { url } = await serve(
      (request) => {
        if (request.path === '/boom') throw new Error('secret detail');
        return jsonAnswer(200, { ok: true });
      },
      { logger },
    );

    const broken = await fetch(`${url}/boom`);
    const text = await broken.text();
    const after = await fetch(`${url}/fine`);

    expect(broken.status).toBe(500);
    expect(JSON.parse(text)).toHaveProperty('title', 'Internal Server Error');
    expect(text).not.toContain('secret detail');
    expect(text).not.toContain('at ');
    expect(logged).toHaveLength(1);
    expect(after.status).toBe(200);
  });

  test('waits delayMs before answering', async () => {
    const { url } = await serve(() => ({ ...jsonAnswer(200, {}), delayMs: 150 }));
    const startedAt = performance.now();

    await fetch(url);

    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(140);
  });

  test('keeps the connection alive between requests', async () => {
    const { url } = await serve(() => jsonAnswer(200, {}));
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const ports: number[] = [];

    for (let attempt = 0; attempt < 3; attempt += 1) {
      await new Promise<void>((resolve, reject) => {
        const req = httpRequest(url, { agent }, (res) => {
          ports.push(res.socket.localPort!);
          res.resume().on('end', resolve);
        });
        req.on('error', reject).end();
      });
    }
    agent.destroy();

    expect(new Set(ports).size).toBe(1);
  });

  test('closes promptly while a no-reply request and a long delay are still open', async () => {
    const { url } = await serve((request) =>
      request.path === '/hang'
        ? { status: 0, headers: {}, fault: 'no-reply' }
        : { ...jsonAnswer(200, {}), delayMs: 60_000 },
    );
    const hanging = fetch(`${url}/hang`).catch((error: Error) => error);
    const slow = fetch(`${url}/slow`).catch((error: Error) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const startedAt = performance.now();

    await server!.close();
    server = undefined;

    expect(performance.now() - startedAt).toBeLessThan(1000);
    expect(await hanging).toBeInstanceOf(Error);
    expect(await slow).toBeInstanceOf(Error);
  });
});
