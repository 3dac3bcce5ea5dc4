import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, test } from 'vitest';

const contract = (name: string) => new URL(`../../contracts/${name}`, import.meta.url).pathname;
const reference = new URL(
  '../../../shared/reference/okta-users-api.official-excerpt.yaml',
  import.meta.url,
).pathname;

type Operation = { operationId?: string; tags?: string[]; responses: Record<string, unknown> };

// Every status of the design's behaviour table, per operation.
const INTERNAL_STATUSES = {
  get: ['200', '400', '401', '403', '404', '500', '502', '503', '504'],
  post: ['200', '400', '401', '403', '404', '412', '413', '415', '422', '500', '502', '503', '504'],
};

describe('OpenAPI documents', () => {
  test.each(['internal-api.yaml', 'okta-users-api.yaml', 'mock-admin-api.yaml'])(
    '%s is valid OpenAPI with every $ref resolved',
    async (name) => {
      await expect(SwaggerParser.validate(contract(name))).resolves.toBeTruthy();
    },
  );

  test("internal-api names the seed's operations and every status of the behaviour table", async () => {
    const document = await SwaggerParser.dereference(contract('internal-api.yaml'));
    const path = document.paths!['/internal/okta-profile'] as Record<'get' | 'post', Operation>;

    expect(path.get.operationId).toBe('showOktaInfo');
    expect(path.post.operationId).toBe('updateOktaInfo');
    expect(path.get.tags).toEqual(['okta_profile']);
    expect(Object.keys(path.get.responses).sort()).toEqual([...INTERNAL_STATUSES.get].sort());
    expect(Object.keys(path.post.responses).sort()).toEqual([...INTERNAL_STATUSES.post].sort());
  });

  test("okta-users-api keeps to the operations and schema names of Okta's own document", async () => {
    const ours = await SwaggerParser.dereference(contract('okta-users-api.yaml'));
    const okta = await SwaggerParser.dereference(reference);
    const ourPath = ours.paths!['/api/v1/users/{id}'] as Record<string, Operation>;
    const oktaPath = okta.paths!['/api/v1/users/{id}'] as Record<string, Operation>;

    for (const method of ['get', 'post', 'put']) {
      expect(ourPath[method]!.operationId).toBe(oktaPath[method]!.operationId);
    }
    const oktaSchemas = Object.keys(
      (okta as { components: { schemas: object } }).components.schemas,
    );
    for (const name of [
      'User',
      'UserProfile',
      'UserCredentials',
      'Error',
      'ErrorCause',
      'UpdateUserRequest',
    ]) {
      expect(oktaSchemas).toContain(name);
    }
  });
});
