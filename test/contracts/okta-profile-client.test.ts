import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createOktaProfileClient } from '../../contracts/okta-profile-client.ts';

const PROFILE = {
  sub: '00u1f96ECLNVOKVMUSEA',
  login: 'john.doe@example.com',
  email: 'john.doe@example.com',
  firstName: 'John',
  lastName: 'Doe',
  cac_edipi: null,
};

const VALIDATION_ERROR = {
  title: 'Unprocessable Entity',
  detail: 'The profile has invalid fields.',
  instance: 'req-422',
  invalidFields: { email: 'Email must be an email address' },
};

interface CannedAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const JSON_TYPE = { 'content-type': 'application/json' };

// The test picks the answer with X-Answer, so one server serves every case.
const ANSWERS: Record<string, CannedAnswer> = {
  profile: {
    status: 200,
    headers: { ...JSON_TYPE, etag: 'W/"v1"' },
    body: JSON.stringify(PROFILE),
  },
  invalid: { status: 422, headers: JSON_TYPE, body: JSON.stringify(VALIDATION_ERROR) },
  limited: {
    status: 503,
    headers: { ...JSON_TYPE, 'retry-after': '17' },
    body: JSON.stringify({ title: 'Service Unavailable', detail: 'Later.', instance: 'r-503' }),
  },
  html: {
    status: 502,
    headers: { 'content-type': 'text/html', 'x-request-id': 'r-502' },
    body: '<h1>Bad Gateway</h1>',
  },
  empty: { status: 404, headers: { 'x-request-id': 'r-404' }, body: '' },
  'html-ok': { status: 200, headers: { 'content-type': 'text/html' }, body: '<p>Welcome</p>' },
};

interface SeenRequest {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let server: Server;
let baseUrl: string;
let seen: SeenRequest[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });

      const answer = ANSWERS[String(req.headers['x-answer'] ?? 'profile')] ?? ANSWERS.profile!;
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  seen = [];
});

function clientAnswering(answer: keyof typeof ANSWERS) {
  return createOktaProfileClient({ baseUrl, headers: { 'x-answer': answer } });
}

describe('createOktaProfileClient', () => {
  test('returns the profile and its ETag on 200', async () => {
    const result = await clientAnswering('profile').showOktaInfo();

    expect(result).toEqual({ ok: true, status: 200, data: PROFILE, etag: 'W/"v1"' });
    expect(seen[0]).toMatchObject({ method: 'GET', url: '/internal/okta-profile' });
  });

  test('sends the update as { profile } with If-Match and the configured headers', async () => {
    const client = createOktaProfileClient({
      baseUrl,
      headers: { authorization: 'Bearer t0ken', 'x-mock-scenario': 'ok' },
    });

    await client.updateOktaInfo({ firstName: 'Ada', cac_edipi: '' }, { ifMatch: 'W/"v1"' });

    expect(seen[0]).toMatchObject({
      method: 'POST',
      url: '/internal/okta-profile',
      body: '{"profile":{"firstName":"Ada","cac_edipi":""}}',
    });
    expect(seen[0]!.headers).toMatchObject({
      'if-match': 'W/"v1"',
      authorization: 'Bearer t0ken',
      'x-mock-scenario': 'ok',
      'content-type': 'application/json',
    });
  });

  test('sends no If-Match when none is given', async () => {
    await clientAnswering('profile').updateOktaInfo({ lastName: 'Lovelace' });

    expect(seen[0]!.headers['if-match']).toBeUndefined();
  });

  test('returns a 422 with its invalid fields instead of throwing', async () => {
    const result = await clientAnswering('invalid').updateOktaInfo({ email: 'x' });

    expect(result).toEqual({ ok: false, status: 422, error: VALIDATION_ERROR });
  });

  test('returns Retry-After as seconds on a 503', async () => {
    const result = await clientAnswering('limited').showOktaInfo();

    expect(result).toMatchObject({ ok: false, status: 503, retryAfterSeconds: 17 });
  });

  test('returns an error body naming the status when a 502 is an HTML page', async () => {
    const result = await clientAnswering('html').showOktaInfo();

    expect(result).toEqual({
      ok: false,
      status: 502,
      error: {
        title: 'Bad Gateway',
        detail: 'The server answered 502 without a JSON error body.',
        instance: 'r-502',
      },
    });
  });

  test('returns an error body when a 404 has no body at all', async () => {
    const result = await clientAnswering('empty').updateOktaInfo({ firstName: 'Ada' });

    expect(result).toMatchObject({ ok: false, status: 404, error: { instance: 'r-404' } });
  });

  test('returns ok false when a 200 carries no profile', async () => {
    const result = await clientAnswering('html-ok').showOktaInfo();

    expect(result).toMatchObject({
      ok: false,
      status: 200,
      error: { detail: 'The server answered 200 without a profile.' },
    });
  });

  test('uses the injected fetch', async () => {
    const calls: string[] = [];
    const client = createOktaProfileClient({
      baseUrl: 'http://profile.test',
      fetch: async (input) => {
        calls.push(input instanceof Request ? input.url : String(input));
        return Response.json(PROFILE, { headers: { etag: 'W/"v9"' } });
      },
    });

    const result = await client.showOktaInfo();

    expect(calls).toEqual(['http://profile.test/internal/okta-profile']);
    expect(result).toMatchObject({ ok: true, etag: 'W/"v9"' });
  });

  test('rejects when the server cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const client = createOktaProfileClient({ baseUrl: `http://127.0.0.1:${port}` });

    await expect(client.showOktaInfo()).rejects.toThrow();
  });
});
