import { MatchersV3, PactV4 } from '@pact-foundation/pact';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createOktaClient } from '../../real-server/okta/okta-client.ts';
import { OktaFailure } from '../../real-server/okta/okta-failure.ts';
import {
  clearGeneratedPact,
  GENERATED_PACTS_DIR,
  settleGeneratedPact,
} from '../support/pact-files.ts';
import { OKTA_PACT_FILE, OKTA_PACT_USER_ID, OKTA_STATES, OKTA_TAKEN_LOGIN } from './okta-states.ts';

const { like, regex, eachLike, iso8601DateTimeWithMillis } = MatchersV3;

const USER_PATH = `/api/v1/users/${OKTA_PACT_USER_ID}`;
const USER = { userId: OKTA_PACT_USER_ID };
const SSWS = regex('^SSWS .+$', 'SSWS example-api-token');
const JSON_TYPE = regex('^application/json(;.*)?$', 'application/json');
const DIGITS = (example: string) => regex('^\\d+$', example);
const RATE_HEADERS = {
  'X-Rate-Limit-Limit': DIGITS('600'),
  'X-Rate-Limit-Remaining': DIGITS('599'),
  'X-Rate-Limit-Reset': DIGITS('1796390000'),
};
const REQUEST_HEADERS = {
  Authorization: SSWS,
  Accept: 'application/json',
  'X-Request-Id': like('6f1c2d3e-request-id'),
};

const pact = new PactV4({
  consumer: 'okta-profile-api',
  provider: 'okta-users-api',
  dir: GENERATED_PACTS_DIR,
  logLevel: 'error',
});

function oktaUser(profile: Record<string, unknown> = {}) {
  return {
    id: like(OKTA_PACT_USER_ID),
    status: like('ACTIVE'),
    created: iso8601DateTimeWithMillis('2025-03-01T09:00:00.000Z'),
    lastUpdated: iso8601DateTimeWithMillis('2025-03-11T09:00:00.000Z'),
    profile: {
      login: regex('^[^@\\s]+@[^@\\s]+$', 'pat.okta@example.com'),
      email: regex('^[^@\\s]+@[^@\\s]+$', 'pat.okta@example.com'),
      firstName: like('Pat'),
      lastName: like('Okta'),
      cac_edipi: regex('^\\d{10}$', '1234567890'),
      ...profile,
    },
    _links: { self: { href: like(`https://example.okta.com${USER_PATH}`) } },
  };
}

function oktaError(code: unknown, summary: unknown, causes: unknown = []) {
  return {
    errorCode: code,
    errorSummary: summary,
    errorLink: like(code),
    errorId: like('oaeAbCdEfGhIjKlMnOpQrStUv'),
    errorCauses: causes,
  };
}

function clientAt(url: string) {
  return createOktaClient({
    orgUrl: url,
    apiToken: 'example-api-token',
    timeoutMs: 5000,
    logger: { debug() {} },
  });
}

async function failureOf(call: Promise<unknown>): Promise<OktaFailure> {
  const error = await call.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(OktaFailure);
  return error as OktaFailure;
}

const context = { requestId: '6f1c2d3e-request-id' };

beforeAll(() => clearGeneratedPact(OKTA_PACT_FILE));
afterAll(() => settleGeneratedPact(OKTA_PACT_FILE));

// okta-profile-api → okta-users-api: the real server's own Okta client against Pact's mock.
describe('okta-profile-api consumer: Okta Users API', () => {
  test('gets a user with an ETag and the rate-limit headers', () =>
    pact
      .addInteraction()
      .given(OKTA_STATES.userExists, USER)
      .uponReceiving('a request for an Okta user by id')
      .withRequest('GET', USER_PATH, (request) => request.headers(REQUEST_HEADERS))
      .willRespondWith(200, (response) =>
        response
          .headers({
            'Content-Type': JSON_TYPE,
            ETag: regex('^(W/)?".+"$', 'W/"1a2b3c4d00000002"'),
            ...RATE_HEADERS,
          })
          .jsonBody(oktaUser()),
      )
      .executeTest(async (server) => {
        const answer = await clientAt(server.url).getUser(OKTA_PACT_USER_ID, context);
        expect(answer.user.id).toBe(OKTA_PACT_USER_ID);
        expect(answer.etag).toBeTruthy();
      }));

  test('gets 404 E0000007 for an unknown user', () =>
    pact
      .addInteraction()
      .given(OKTA_STATES.noSuchUser, USER)
      .uponReceiving('a request for an Okta user that does not exist')
      .withRequest('GET', USER_PATH, (request) => request.headers(REQUEST_HEADERS))
      .willRespondWith(404, (response) =>
        response
          .headers({ 'Content-Type': JSON_TYPE, ...RATE_HEADERS })
          .jsonBody(
            oktaError(
              'E0000007',
              like(`Not found: Resource not found: ${OKTA_PACT_USER_ID} (User)`),
            ),
          ),
      )
      .executeTest(async (server) => {
        const failure = await failureOf(clientAt(server.url).getUser(OKTA_PACT_USER_ID, context));
        expect(failure).toMatchObject({ kind: 'status', status: 404 });
      }));

  test('updates only the given profile fields', () =>
    pact
      .addInteraction()
      .given(OKTA_STATES.userExists, USER)
      .uponReceiving("a partial update of an Okta user's first name")
      .withRequest('POST', USER_PATH, (request) =>
        request
          .headers({ ...REQUEST_HEADERS, 'Content-Type': 'application/json' })
          .jsonBody({ profile: { firstName: 'Ada' } }),
      )
      .willRespondWith(200, (response) =>
        response
          .headers({ 'Content-Type': JSON_TYPE, ...RATE_HEADERS })
          .jsonBody(oktaUser({ firstName: like('Ada') })),
      )
      .executeTest(async (server) => {
        const answer = await clientAt(server.url).updateProfile(
          OKTA_PACT_USER_ID,
          { firstName: 'Ada' },
          context,
        );
        expect(answer.user.profile.firstName).toBe('Ada');
      }));

  test('gets 400 E0000001 with a cause per field for a taken login', () =>
    pact
      .addInteraction()
      .given(OKTA_STATES.loginTaken, { ...USER, login: OKTA_TAKEN_LOGIN })
      .uponReceiving('a partial update to a login another user holds')
      .withRequest('POST', USER_PATH, (request) =>
        request
          .headers({ ...REQUEST_HEADERS, 'Content-Type': 'application/json' })
          .jsonBody({ profile: { login: OKTA_TAKEN_LOGIN } }),
      )
      .willRespondWith(400, (response) =>
        response.headers({ 'Content-Type': JSON_TYPE, ...RATE_HEADERS }).jsonBody(
          oktaError(
            'E0000001',
            regex('^(?i)api validation failed.*$', 'Api validation failed: login'),
            eachLike({
              errorSummary: regex(
                '^login: .+$',
                'login: An object with this field already exists in the current organization',
              ),
            }),
          ),
        ),
      )
      .executeTest(async (server) => {
        const failure = await failureOf(
          clientAt(server.url).updateProfile(
            OKTA_PACT_USER_ID,
            { login: OKTA_TAKEN_LOGIN },
            context,
          ),
        );
        expect(failure.oktaError?.errorCauses?.[0]?.errorSummary).toMatch(/^login: /);
      }));

  test('gets 412 for a stale If-Match and nothing is written', () =>
    pact
      .addInteraction()
      .given(OKTA_STATES.userExists, USER)
      .uponReceiving('a partial update with a stale If-Match')
      .withRequest('POST', USER_PATH, (request) =>
        request
          .headers({
            ...REQUEST_HEADERS,
            'Content-Type': 'application/json',
            'If-Match': 'W/"stale-version"',
          })
          .jsonBody({ profile: { lastName: 'Lovelace' } }),
      )
      .willRespondWith(412, (response) =>
        response
          .headers({ 'Content-Type': JSON_TYPE, ...RATE_HEADERS })
          .jsonBody(oktaError(like('E0000001'), like('Api validation failed: If-Match'), like([]))),
      )
      .executeTest(async (server) => {
        const failure = await failureOf(
          clientAt(server.url).updateProfile(
            OKTA_PACT_USER_ID,
            { lastName: 'Lovelace' },
            { ...context, ifMatch: 'W/"stale-version"' },
          ),
        );
        expect(failure.status).toBe(412);
      }));

  test('gets 429 E0000047 with X-Rate-Limit-Reset when rate limited', () =>
    pact
      .addInteraction()
      .given(OKTA_STATES.rateLimitUsedUp, USER)
      .uponReceiving('a request for an Okta user past the rate limit')
      .withRequest('GET', USER_PATH, (request) => request.headers(REQUEST_HEADERS))
      .willRespondWith(429, (response) =>
        response
          .headers({
            'Content-Type': JSON_TYPE,
            ...RATE_HEADERS,
            'X-Rate-Limit-Remaining': DIGITS('0'),
          })
          .jsonBody(
            oktaError('E0000047', like('API call exceeded rate limit due to too many requests.')),
          ),
      )
      .executeTest(async (server) => {
        const failure = await failureOf(clientAt(server.url).getUser(OKTA_PACT_USER_ID, context));
        expect(failure).toMatchObject({ status: 429, rateLimitReset: expect.any(Number) });
      }));

  test('gets 401 E0000011 when the API token is refused', () =>
    pact
      .addInteraction()
      .given(OKTA_STATES.tokenRefused, USER)
      .uponReceiving('a request for an Okta user with a revoked API token')
      .withRequest('GET', USER_PATH, (request) => request.headers(REQUEST_HEADERS))
      .willRespondWith(401, (response) =>
        response
          .headers({ 'Content-Type': JSON_TYPE })
          .jsonBody(oktaError('E0000011', 'Invalid token provided')),
      )
      .executeTest(async (server) => {
        const failure = await failureOf(clientAt(server.url).getUser(OKTA_PACT_USER_ID, context));
        expect(failure).toMatchObject({ status: 401, oktaError: { errorCode: 'E0000011' } });
      }));
});
