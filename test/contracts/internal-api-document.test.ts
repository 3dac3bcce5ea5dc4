import { beforeAll, describe, expect, test } from 'vitest';
import {
  CONTRACTS,
  findSchemaErrors,
  loadDocument,
  type OpenApiDocument,
  type Operation,
} from './openapi-document.ts';

// Every status of the design's behaviour table, per operation.
const STATUSES = {
  get: ['200', '400', '401', '403', '404', '500', '502', '503', '504'],
  post: ['200', '400', '401', '403', '404', '412', '413', '415', '422', '500', '502', '503', '504'],
};

const PROFILE = {
  sub: '00u1f96ECLNVOKVMUSEA',
  login: 'john.doe@example.com',
  email: 'john.doe@example.com',
  firstName: 'John',
  lastName: 'Doe',
  cac_edipi: '1234567890',
};

let document: OpenApiDocument;
let get: Operation;
let post: Operation;

beforeAll(async () => {
  document = await loadDocument(new URL('internal-api.yaml', CONTRACTS));
  const path = document.paths['/internal/okta-profile']!;
  get = path.get!;
  post = path.post!;
});

function schema(name: string) {
  return document.components.schemas[name]!;
}

describe('contracts/internal-api.yaml operations', () => {
  test("names the seed's operations under the okta_profile tag", () => {
    expect([get.operationId, post.operationId]).toEqual(['showOktaInfo', 'updateOktaInfo']);
    expect([get.tags, post.tags]).toEqual([['okta_profile'], ['okta_profile']]);
  });

  test('lists every status of the behaviour table, and no other', () => {
    expect(Object.keys(get.responses).sort()).toEqual([...STATUSES.get].sort());
    expect(Object.keys(post.responses).sort()).toEqual([...STATUSES.post].sort());
  });

  test('requires a bearer JWT on both operations', () => {
    const scheme = document.components.securitySchemes?.bearerAuth;

    expect(scheme).toEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
    expect(scheme?.bearerFormat).toBe('JWT');
    for (const operation of [get, post]) {
      expect(operation.security ?? document.security).toEqual([{ bearerAuth: [] }]);
    }
  });

  test('gives every answer a description, X-Request-Id and a JSON body', () => {
    for (const operation of [get, post]) {
      for (const [status, response] of Object.entries(operation.responses)) {
        expect(response.description, status).toMatch(/\w{3,}/);
        expect(Object.keys(response.headers ?? {}), status).toContain('X-Request-Id');
        expect(Object.keys(response.content ?? {}), status).toEqual(['application/json']);
      }
    }
  });

  test('declares ETag on 200, WWW-Authenticate on 401 and integer Retry-After on 503', () => {
    for (const operation of [get, post]) {
      expect(operation.responses['200']!.headers).toHaveProperty('ETag');
      expect(operation.responses['401']!.headers).toHaveProperty('WWW-Authenticate');
      const retryAfter = operation.responses['503']!.headers?.['Retry-After'];
      expect(retryAfter?.schema?.type).toBe('integer');
    }
  });

  test('answers the profile on 200, ValidationError on 422 and Error otherwise', () => {
    for (const operation of [get, post]) {
      for (const [status, response] of Object.entries(operation.responses)) {
        const body = response.content!['application/json']!.schema;
        const expected = { '200': 'OktaUserProfileData', '422': 'ValidationError' }[status];
        expect(body, status).toBe(schema(expected ?? 'Error'));
      }
    }
  });

  test('takes a required JSON body and an optional If-Match on POST', () => {
    const ifMatch = post.parameters?.find((parameter) => parameter.name === 'If-Match');

    expect(post.requestBody?.required).toBe(true);
    expect(post.requestBody?.content['application/json']?.schema).toBe(
      schema('UpdateOktaUserProfileData'),
    );
    expect(ifMatch).toMatchObject({ in: 'header', required: false });
  });
});

describe('contracts/internal-api.yaml schemas', () => {
  test('accept a full profile, with or without an EDIPI', () => {
    expect(findSchemaErrors(schema('OktaUserProfileData'), PROFILE)).toEqual([]);
    expect(
      findSchemaErrors(schema('OktaUserProfileData'), { ...PROFILE, cac_edipi: null }),
    ).toEqual([]);
  });

  test.each([
    ['a missing cac_edipi', Object.fromEntries(Object.entries(PROFILE).slice(0, -1))],
    ['an empty cac_edipi', { ...PROFILE, cac_edipi: '' }],
    ['a 9-digit cac_edipi', { ...PROFILE, cac_edipi: '123456789' }],
    ['an unknown property', { ...PROFILE, nickName: 'JD' }],
    ['a 4-character login', { ...PROFILE, login: 'a@bc' }],
    ['a 51-character first name', { ...PROFILE, firstName: 'x'.repeat(51) }],
  ])('refuse a profile answer with %s', (_, profile) => {
    expect(findSchemaErrors(schema('OktaUserProfileData'), profile)).not.toEqual([]);
  });

  test.each([
    ['nothing', {}],
    ['an empty cac_edipi', { cac_edipi: '' }],
    ['a null cac_edipi', { cac_edipi: null }],
    ['sub and unknown fields', { sub: 'someone-else', nickName: 'JD' }],
  ])('accept an update with %s', (_, profile) => {
    expect(findSchemaErrors(schema('UpdateOktaUserProfileData'), { profile })).toEqual([]);
  });

  test.each([
    ['no profile', {}],
    ['an 11-digit cac_edipi', { profile: { cac_edipi: '12345678901' } }],
    ['an empty first name', { profile: { firstName: '' } }],
    ['a 101-character email', { profile: { email: `${'x'.repeat(89)}@example.com` } }],
  ])('refuse an update with %s', (_, body) => {
    expect(findSchemaErrors(schema('UpdateOktaUserProfileData'), body)).not.toEqual([]);
  });

  test('require invalidFields of strings on a ValidationError', () => {
    const error = { title: 'Unprocessable Entity', detail: 'Bad.', instance: 'r-1' };

    expect(findSchemaErrors(schema('ValidationError'), error)).not.toEqual([]);
    expect(
      findSchemaErrors(schema('ValidationError'), { ...error, invalidFields: { login: 1 } }),
    ).not.toEqual([]);
    expect(
      findSchemaErrors(schema('ValidationError'), { ...error, invalidFields: { login: 'x' } }),
    ).toEqual([]);
  });
});
