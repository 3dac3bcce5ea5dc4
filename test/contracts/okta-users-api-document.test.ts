import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { findSchemaIncompatibilities } from './find-schema-incompatibilities.ts';
import {
  CONTRACTS,
  examplesOf,
  findSchemaErrors,
  loadDocument,
  OKTA_EXCERPT,
  type OpenApiDocument,
  type Operation,
} from './openapi-document.ts';

const PATH = '/api/v1/users/{id}';
const METHODS = ['get', 'post', 'put'] as const;
const RATE_LIMIT_HEADERS = ['X-Rate-Limit-Limit', 'X-Rate-Limit-Remaining', 'X-Rate-Limit-Reset'];

// The statuses the Okta mock answers, with the Okta error code of each error.
const ERROR_CODES: Record<string, string> = {
  '400': 'E0000001',
  '401': 'E0000011',
  '403': 'E0000006',
  '404': 'E0000007',
  '429': 'E0000047',
  '500': 'E0000009',
};
const STATUSES = {
  get: ['200', '401', '403', '404', '429', '500'],
  post: ['200', '400', '401', '403', '404', '412', '429', '500'],
  put: ['200', '400', '401', '403', '404', '412', '429', '500'],
};

let ours: OpenApiDocument;
let okta: OpenApiDocument;
let oktaExamples: Record<string, { value: unknown }>;

beforeAll(async () => {
  ours = await loadDocument(new URL('okta-users-api.yaml', CONTRACTS));
  okta = await loadDocument(OKTA_EXCERPT);
  const reference = new URL('okta-error-examples.yaml', OKTA_EXCERPT);
  oktaExamples = parse(await readFile(reference, 'utf8')).examples;
});

function operation(document: OpenApiDocument, method: string): Operation {
  return document.paths[PATH]![method]!;
}

describe('contracts/okta-users-api.yaml operations', () => {
  test.each(METHODS)("keeps Okta's operationId and lists the mock's statuses for %s", (method) => {
    const mine = operation(ours, method);

    expect(mine.operationId).toBe(operation(okta, method).operationId);
    expect(Object.keys(mine.responses).sort()).toEqual([...STATUSES[method]].sort());
  });

  test.each(METHODS)('lists every status Okta documents for %s', (method) => {
    const documented = Object.keys(operation(okta, method).responses);

    expect(Object.keys(operation(ours, method).responses)).toEqual(
      expect.arrayContaining(documented),
    );
  });

  test('authenticates with an SSWS API token in Authorization', () => {
    expect(ours.security).toEqual([{ apiToken: [] }]);
    expect(ours.components.securitySchemes?.apiToken).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'Authorization',
    });
  });

  test.each(METHODS)('sends the rate-limit headers on every answer of %s', (method) => {
    for (const [status, response] of Object.entries(operation(ours, method).responses)) {
      expect(Object.keys(response.headers ?? {}), status).toEqual(
        expect.arrayContaining(RATE_LIMIT_HEADERS),
      );
    }
    expect(operation(ours, method).responses['200']!.headers).toHaveProperty('ETag');
  });

  test.each(['post', 'put'])('takes an optional If-Match header on %s', (method) => {
    const ifMatch = operation(ours, method).parameters?.find(({ name }) => name === 'If-Match');

    expect(ifMatch).toMatchObject({ in: 'header', required: false });
  });
});

describe('contracts/okta-users-api.yaml examples', () => {
  test.each(METHODS)("give Okta's error code for each status of %s", (method) => {
    for (const [status, response] of Object.entries(operation(ours, method).responses)) {
      const code = ERROR_CODES[status];
      if (!code) continue;
      const examples = examplesOf(response.content!['application/json']!);

      expect(examples.length, status).toBeGreaterThan(0);
      for (const [, value] of examples) expect(value, status).toMatchObject({ errorCode: code });
    }
  });

  test("copy Okta's documented bodies where Okta documents one", () => {
    const answers = Object.values(operation(ours, 'get').responses);
    const named = answers.flatMap((response) =>
      Object.entries(response.content!['application/json']!.examples ?? {}),
    );
    const verbatim = named.filter(([name]) =>
      ['ErrorInvalidTokenProvided', 'ErrorAccessDenied', 'ErrorTooManyRequests'].includes(name),
    );

    expect(verbatim).toHaveLength(3);
    for (const [name, example] of verbatim) {
      expect(example.value, name).toEqual(oktaExamples[name]!.value);
    }
  });

  test.each(METHODS)("validate against Okta's own schemas for %s", (method) => {
    const problems: string[] = [];
    for (const [status, response] of Object.entries(operation(ours, method).responses)) {
      // Okta documents no 401, 412 or 500 body: its Error schema is what it sends.
      const oktaSchema =
        operation(okta, method).responses[status]?.content?.['application/json']?.schema ??
        okta.components.schemas.Error!;
      for (const [name, value] of examplesOf(response.content!['application/json']!)) {
        const errors = findSchemaErrors(oktaSchema, value);
        if (errors.length) problems.push(`${status} ${name}: ${errors}`);
      }
    }

    expect(problems).toEqual([]);
  });
});

describe('contracts/okta-users-api.yaml schemas', () => {
  test.each(['User', 'UserProfile', 'UpdateUserRequest', 'UserCredentials', 'Error', 'ErrorCause'])(
    "keep %s a compatible subset of Okta's",
    (name) => {
      const problems = findSchemaIncompatibilities(
        ours.components.schemas[name]!,
        okta.components.schemas[name]!,
        name,
      );

      expect(problems).toEqual([]);
    },
  );

  test('adds only the custom attribute cac_edipi to the profile, nullable', () => {
    const profile = ours.components.schemas.UserProfile!;
    const added = Object.keys(profile.properties!).filter(
      (key) => !okta.components.schemas.UserProfile!.properties![key],
    );

    expect(added).toEqual(['cac_edipi']);
    expect(profile.properties!.cac_edipi).toMatchObject({ type: 'string', nullable: true });
    expect(profile.additionalProperties).toBe(true);
  });
});
