import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { ADMIN_METHODS } from '../../mock-server/admin/admin-methods.ts';
import { createConsoleHandle } from '../../mock-server/console/console-handle.ts';
import { startTestMock, type TestMock } from '../support/start-mock.ts';
import {
  CONTRACTS,
  findSchemaErrors,
  loadDocument,
  operationsOf,
  type OpenApiDocument,
} from './openapi-document.ts';

// Every operation of mock-admin-api.yaml is called on the running mock, so a route that is
// documented but gone (or answers a status the document does not list) fails here.
let document: OpenApiDocument;
let mock: TestMock;

beforeAll(async () => {
  document = await loadDocument(new URL('mock-admin-api.yaml', CONTRACTS));
  mock = await startTestMock({ extraHandles: [createConsoleHandle()] });
});
beforeEach(async () => {
  await fetch(`${mock.url}/__mock/reset`, { method: 'POST' });
});
afterAll(() => mock?.close());

function concretePath(path: string): string {
  const firstUser = mock.app.okta.store.first()!;

  return path
    .replace('{idOrLogin}', encodeURIComponent(firstUser.profile.login))
    .replace('{file}', 'console.css');
}

describe('mock admin API against contracts/mock-admin-api.yaml', () => {
  test('documents at least the console, users, faults and journal', async () => {
    const documented = operationsOf(await loadDocument(new URL('mock-admin-api.yaml', CONTRACTS)));

    expect(documented.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'GET /__mock/',
        'POST /__mock/users',
        'POST /__mock/okta/faults',
        'GET /__mock/requests',
      ]),
    );
  });

  test('answers every documented operation with a documented status and body', async () => {
    const mismatches: string[] = [];

    for (const [name, operation] of operationsOf(document)) {
      const [method, path] = name.split(' ') as [string, string];
      const hasBody = ['PUT', 'POST', 'PATCH'].includes(method);
      const response = await fetch(`${mock.url}${concretePath(path)}`, {
        method,
        headers: hasBody ? { 'content-type': 'application/json' } : {},
        body: hasBody ? '{}' : undefined,
      });
      const documented = operation.responses[String(response.status)];
      const schema = documented?.content?.['application/json']?.schema;
      const isJson = response.headers.get('content-type')?.startsWith('application/json');
      const problems = schema && isJson ? findSchemaErrors(schema, await response.json()) : [];

      if (!documented) mismatches.push(`${name} answered ${response.status}, not documented`);
      for (const problem of problems) mismatches.push(`${name} ${response.status}: ${problem}`);
      await fetch(`${mock.url}/__mock/reset`, { method: 'POST' });
    }

    expect(mismatches).toEqual([]);
  });

  test('answers HEAD on the console as GET, without a body', async () => {
    const response = await fetch(`${mock.url}/__mock/`, { method: 'HEAD' });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toBe('');
  });

  test('lists in the code the same paths and methods as the document', () => {
    const documented: Record<string, string[]> = {};
    for (const [name] of operationsOf(document)) {
      const [method, path] = name.split(' ') as [string, string];
      const route = path.replace(/\{[^}]+\}/, '{id}');
      (documented[route] ??= []).push(method);
    }
    const inCode = Object.fromEntries(
      Object.entries(ADMIN_METHODS).map(([route, methods]) => [
        route,
        methods.filter((method) => method !== 'HEAD'),
      ]),
    );

    for (const methods of Object.values(documented)) methods.sort();
    for (const methods of Object.values(inCode)) methods.sort();
    expect(inCode).toEqual(documented);
  });

  test('answers 405 with Allow for a method a known path does not take', async () => {
    const response = await fetch(`${mock.url}/__mock/reset`, { method: 'PUT' });

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect((await response.json()).title).toBe('Method Not Allowed');
  });

  test('answers 413 for an admin body over 16 KiB, before reading it', async () => {
    const response = await fetch(`${mock.url}/__mock/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ profile: { login: 'x@example.com', bio: 'x'.repeat(17 * 1024) } }),
    });

    expect(response.status).toBe(413);
    expect(mock.app.okta.store.find('x@example.com')).toBeUndefined();
  });
});
