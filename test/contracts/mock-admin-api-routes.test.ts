import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
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
});
