import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createOktaProfileClient } from '../../contracts/okta-profile-client.ts';

const PROFILE = {
  sub: '00u1',
  login: 'a@example.com',
  email: 'a@example.com',
  firstName: 'A',
  lastName: 'B',
  cac_edipi: null,
};
let server: Server;
let baseUrl: string;
const seen: { method?: string; ifMatch?: string; body: string }[] = [];

// Answers by the scenario named in the request, the way a real server might.
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method, ifMatch: req.headers['if-match'] as string, body });
      const scenario = req.headers['x-scenario'];
      if (scenario === '422') {
        res.writeHead(422, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            title: 'Unprocessable Entity',
            detail: 'x',
            instance: 'i',
            invalidFields: { email: 'Email must be an email address' },
          }),
        );
      } else if (scenario === '503') {
        res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '17' });
        res.end(JSON.stringify({ title: 'Service Unavailable', detail: 'x', instance: 'i' }));
      } else if (scenario === 'html') {
        res.writeHead(502, { 'content-type': 'text/html', 'x-request-id': 'r-9' });
        res.end('<h1>Bad Gateway</h1>');
      } else {
        res.writeHead(200, { 'content-type': 'application/json', etag: 'W/"v1"' });
        res.end(JSON.stringify(PROFILE));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  baseUrl = `http://127.0.0.1:${address.port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const clientFor = (scenario?: string) =>
  createOktaProfileClient({ baseUrl, headers: scenario ? { 'x-scenario': scenario } : {} });

describe('createOktaProfileClient', () => {
  test('returns the profile and its ETag', async () => {
    const result = await clientFor().showOktaInfo();

    expect(result).toEqual({ ok: true, status: 200, data: PROFILE, etag: 'W/"v1"' });
  });

  test('sends the update as { profile } with If-Match', async () => {
    await clientFor().updateOktaInfo({ firstName: 'Ada' }, { ifMatch: 'W/"v1"' });

    expect(seen.at(-1)).toEqual({
      method: 'POST',
      ifMatch: 'W/"v1"',
      body: '{"profile":{"firstName":"Ada"}}',
    });
  });

  test('returns a 422 with its invalid fields instead of throwing', async () => {
    const result = await clientFor('422').updateOktaInfo({ email: 'x' });

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({
      invalidFields: { email: expect.any(String) },
    });
  });

  test('reads Retry-After on a 503', async () => {
    const result = await clientFor('503').showOktaInfo();

    expect(result).toMatchObject({ ok: false, status: 503, retryAfterSeconds: 17 });
  });

  test('turns a non-JSON error page into an error body', async () => {
    const result = await clientFor('html').showOktaInfo();

    expect(result).toMatchObject({ ok: false, status: 502, error: { instance: 'r-9' } });
  });
});
