import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createOktaMock, type OktaMock } from '../../mock-server/okta/okta-mock.ts';
import { EDGE_USERS } from '../../mock-server/okta/seed-users.ts';
import { startMockHttpServer, type MockHttpServer } from '../../mock-server/node/serve-mock.ts';

// Okta's own document, release 2026.06.2, as cut for this project.
const OFFICIAL = new URL(
  '../../../shared/reference/okta-users-api.official-excerpt.yaml',
  import.meta.url,
).pathname;

let okta: OktaMock;
let server: MockHttpServer;
let validateUser: ValidateFunction;
let validateError: ValidateFunction;

beforeAll(async () => {
  const document = (await SwaggerParser.dereference(OFFICIAL)) as {
    components: { schemas: Record<string, object> };
  };
  // OpenAPI 3.0 keywords (nullable, readOnly, example, x-*) are not JSON Schema's; allow them.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  validateUser = ajv.compile(document.components.schemas.UserGetSingleton!);
  validateError = ajv.compile(document.components.schemas.Error!);

  okta = await createOktaMock({ rateLimit: false });
  server = await startMockHttpServer({ handle: okta.handle });
  okta.setBaseUrl(server.url);
});
afterAll(() => server.close());

function call(method: string, id: string, body?: unknown, token = okta.apiToken) {
  return fetch(`${server.url}/api/v1/users/${encodeURIComponent(id)}`, {
    method,
    headers: { authorization: `SSWS ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

function expectValid(validate: ValidateFunction, body: unknown) {
  const isValid = validate(body);
  expect(isValid, JSON.stringify(validate.errors)).toBe(true);
}

describe("Okta mock answers against Okta's own spec excerpt", () => {
  test("the validators refuse what Okta's schema refuses", () => {
    expect(validateUser({ id: 7, status: 'ASLEEP', profile: { email: 'x' } })).toBe(false);
    expect(validateError({ errorCauses: 'none' })).toBe(false);
  });

  test('every seeded user, by id and by login, is a valid User', async () => {
    for (const user of okta.store.list()) {
      for (const key of [user.id, user.profile.login]) {
        const response = await call('GET', key);
        expect(response.status).toBe(200);
        expect(response.headers.get('etag')).toBeTruthy();
        expectValid(validateUser, await response.json());
      }
    }
  });

  test.each([
    ['POST', { profile: { firstName: 'Updated' } }],
    [
      'PUT',
      {
        profile: {
          login: 'put.user@example.com',
          email: 'put.user@example.com',
          firstName: 'P',
          lastName: 'U',
        },
      },
    ],
  ])('a %s answer is a valid User', async (method, body) => {
    const response = await call(method, EDGE_USERS.unicodeNames.id, body);

    expect(response.status).toBe(200);
    expectValid(validateUser, await response.json());
  });

  test.each([
    ['an unknown user', () => call('GET', '00uNobody00000000001'), 404],
    ['a refused token', () => call('GET', EDGE_USERS.noEdipi.id, undefined, 'wrong'), 401],
    [
      'a validation failure',
      () => call('POST', EDGE_USERS.noEdipi.id, { profile: { email: 'x' } }),
      400,
    ],
    [
      'a stale If-Match',
      () =>
        fetch(`${server.url}/api/v1/users/${EDGE_USERS.noEdipi.id}`, {
          method: 'POST',
          headers: {
            authorization: `SSWS ${okta.apiToken}`,
            'if-match': 'W/"old"',
            'content-type': 'application/json',
          },
          body: JSON.stringify({ profile: { firstName: 'X' } }),
        }),
      412,
    ],
  ])('the body for %s is a valid Error', async (_name, send, status) => {
    const response = await send();

    expect(response.status).toBe(status);
    expectValid(validateError, await response.json());
  });

  test.each([403, 429, 500])('the body of an injected %i is a valid Error', async (status) => {
    okta.faults.add({ kind: 'okta-error', status, times: 1 });

    const response = await call('GET', EDGE_USERS.noEdipi.id);

    expect(response.status).toBe(status);
    expectValid(validateError, await response.json());
  });
});
