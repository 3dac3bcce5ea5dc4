import { MatchersV3, PactV4 } from '@pact-foundation/pact';
import { expect } from 'vitest';
import { createOktaProfileClient } from '../../contracts/okta-profile-client.ts';
import { GENERATED_PACTS_DIR } from '../support/pact-files.ts';
import { PACT_USER_ID, TAKEN_LOGIN, WEB_STATES } from './web-states.ts';

const { like, regex, nullValue } = MatchersV3;

export const WEB_PACT_FILE = 'okta-profile-web-okta-profile-api.json';
const PATH = '/internal/okta-profile';
const EXAMPLE_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJ1aWQiOiIwMHVQYWN0VXNlcjAwMDAwMDAwMSJ9.c2lnbmF0dXJl';
const BEARER = regex(
  /^Bearer [A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.source,
  `Bearer ${EXAMPLE_TOKEN}`,
);
const JSON_TYPE = regex('^application/json(;.*)?$', 'application/json; charset=utf-8');
const ADDRESS = regex(/^[^@\s]+@[^@\s]+$/.source, 'john.doe@example.com');
const ETAG = regex(/^(W\/)?".+"$/.source, 'W/"9b2cf5a800000002"');
const USER = { userId: PACT_USER_ID };

export function createWebPact() {
  return new PactV4({
    consumer: 'okta-profile-web',
    provider: 'okta-profile-api',
    dir: GENERATED_PACTS_DIR,
    logLevel: 'error',
  });
}

function profile(edipi: unknown = regex(/^\d{10}$/.source, '1234567890')) {
  return {
    sub: like(PACT_USER_ID),
    login: ADDRESS,
    email: ADDRESS,
    firstName: like('John'),
    lastName: like('Doe'),
    cac_edipi: edipi,
  };
}

function errorBody(title: string) {
  return {
    title,
    detail: like('What went wrong, for a person.'),
    instance: like('4f6b8e0a-request-id'),
  };
}

// The 401 both operations give without a token: a Bearer challenge and the error body. Typed
// by shape, since Pact's package does not export its response builder type.
function answerUnauthenticated(response: {
  headers(headers: Record<string, unknown>): { jsonBody(body: unknown): unknown };
}) {
  response
    .headers({
      'Content-Type': JSON_TYPE,
      'WWW-Authenticate': regex('^Bearer( .*)?$', 'Bearer realm="okta-profile"'),
    })
    .jsonBody(errorBody('Unauthorized'));
}

function clientAt(url: string, withToken = true) {
  return createOktaProfileClient({
    baseUrl: url,
    headers: withToken ? { authorization: `Bearer ${EXAMPLE_TOKEN}` } : {},
  });
}

type Pact = ReturnType<typeof createWebPact>;

/** Reads the profile: one interaction per answer the web app must handle. */
export function showOktaInfoInteractions(pact: Pact) {
  return {
    withEdipi: () =>
      pact
        .addInteraction()
        .given(WEB_STATES.userWithEdipi, { ...USER, edipi: '1234567890' })
        .uponReceiving("a request for the caller's profile")
        .withRequest('GET', PATH, (request) => request.headers({ Authorization: BEARER }))
        .willRespondWith(200, (response) =>
          response.headers({ 'Content-Type': JSON_TYPE, ETag: ETAG }).jsonBody(profile()),
        )
        .executeTest(async (server) => {
          const result = await clientAt(server.url).showOktaInfo();
          expect(result.ok && result.data.cac_edipi).toMatch(/^\d{10}$/);
          expect(result.ok && result.etag).toBeTruthy();
        }),

    withoutEdipi: () =>
      pact
        .addInteraction()
        .given(WEB_STATES.userWithoutEdipi, USER)
        .uponReceiving('a request for the profile of a user without an EDIPI')
        .withRequest('GET', PATH, (request) => request.headers({ Authorization: BEARER }))
        .willRespondWith(200, (response) =>
          response.headers({ 'Content-Type': JSON_TYPE }).jsonBody(profile(nullValue())),
        )
        .executeTest(async (server) => {
          const result = await clientAt(server.url).showOktaInfo();
          expect(result.ok && result.data.cac_edipi).toBeNull();
        }),

    noToken: () =>
      pact
        .addInteraction()
        .given(WEB_STATES.noToken, USER)
        .uponReceiving('a request for the profile without an access token')
        .withRequest('GET', PATH)
        .willRespondWith(401, answerUnauthenticated)
        .executeTest(async (server) => {
          const result = await clientAt(server.url, false).showOktaInfo();
          expect(result).toMatchObject({ ok: false, status: 401 });
        }),

    ...failureInteractions(pact),
  };
}

function failureInteractions(pact: Pact) {
  const failure =
    (
      state: string,
      description: string,
      status: number,
      title: string,
      extraHeaders: Record<string, unknown> = {},
    ) =>
    () =>
      pact
        .addInteraction()
        .given(state, USER)
        .uponReceiving(description)
        .withRequest('GET', PATH, (request) => request.headers({ Authorization: BEARER }))
        .willRespondWith(status, (response) =>
          response
            .headers({ 'Content-Type': JSON_TYPE, ...extraHeaders })
            .jsonBody(errorBody(title)),
        )
        .executeTest(async (server) => {
          const result = await clientAt(server.url).showOktaInfo();
          expect(result).toMatchObject({ ok: false, status, error: { title } });
        });

  return {
    forbidden: failure(WEB_STATES.oktaDenies, 'a profile request Okta refuses', 403, 'Forbidden'),
    notFound: failure(
      WEB_STATES.oktaHasNoUser,
      'a profile request for a user Okta lacks',
      404,
      'Not Found',
    ),
    badGateway: failure(
      WEB_STATES.oktaFails,
      'a profile request while Okta fails',
      502,
      'Bad Gateway',
    ),
    rateLimited: failure(
      WEB_STATES.oktaRateLimits,
      'a profile request while Okta rate limits',
      503,
      'Service Unavailable',
      { 'Retry-After': regex(/^\d+$/.source, '30') },
    ),
    timeout: failure(
      WEB_STATES.oktaTimesOut,
      'a profile request Okta never answers',
      504,
      'Gateway Timeout',
    ),
  };
}

/** Updates the profile: one interaction per answer the web app must handle. */
export function updateOktaInfoInteractions(pact: Pact) {
  const post = (
    state: string,
    description: string,
    body: unknown,
    headers: Record<string, unknown> = {},
  ) =>
    pact
      .addInteraction()
      .given(state, { ...USER, edipi: '1234567890', login: TAKEN_LOGIN })
      .uponReceiving(description)
      .withRequest('POST', PATH, (request) =>
        request
          .headers({ Authorization: BEARER, 'Content-Type': 'application/json', ...headers })
          .jsonBody(body),
      );

  return {
    partialUpdate: () =>
      post(WEB_STATES.userWithEdipi, 'a partial update of the first name', {
        profile: { firstName: 'Ada' },
      })
        .willRespondWith(200, (response) =>
          response
            .headers({ 'Content-Type': JSON_TYPE, ETag: ETAG })
            .jsonBody({ ...profile(), firstName: like('Ada') }),
        )
        .executeTest(async (server) => {
          const result = await clientAt(server.url).updateOktaInfo({ firstName: 'Ada' });
          expect(result.ok && result.data.firstName).toBe('Ada');
        }),

    malformed: () =>
      post(WEB_STATES.userWithEdipi, 'an update whose profile is not an object', { profile: 'Ada' })
        .willRespondWith(400, (response) =>
          response.headers({ 'Content-Type': JSON_TYPE }).jsonBody(errorBody('Bad Request')),
        )
        .executeTest(async (server) => {
          const result = await clientAt(server.url).updateOktaInfo('Ada' as never);
          expect(result).toMatchObject({ ok: false, status: 400 });
        }),

    invalidEmail: () =>
      post(WEB_STATES.userWithEdipi, 'an update with an invalid email', {
        profile: { email: 'not-an-address' },
      })
        .willRespondWith(422, (response) =>
          response.headers({ 'Content-Type': JSON_TYPE }).jsonBody({
            ...errorBody('Unprocessable Entity'),
            invalidFields: { email: like('Email must be an email address') },
          }),
        )
        .executeTest(async (server) => {
          const result = await clientAt(server.url).updateOktaInfo({ email: 'not-an-address' });
          expect(result).toMatchObject({
            ok: false,
            status: 422,
            error: { invalidFields: { email: expect.any(String) } },
          });
        }),

    loginTaken: () =>
      post(WEB_STATES.loginTaken, 'an update to a login another user holds', {
        profile: { login: TAKEN_LOGIN },
      })
        .willRespondWith(422, (response) =>
          response.headers({ 'Content-Type': JSON_TYPE }).jsonBody({
            ...errorBody('Unprocessable Entity'),
            invalidFields: {
              login: like(
                'Login: An object with this field already exists in the current organization',
              ),
            },
          }),
        )
        .executeTest(async (server) => {
          const result = await clientAt(server.url).updateOktaInfo({ login: TAKEN_LOGIN });
          expect(result).toMatchObject({
            ok: false,
            status: 422,
            error: { invalidFields: { login: expect.any(String) } },
          });
        }),

    staleIfMatch: () =>
      post(
        WEB_STATES.userWithEdipi,
        'an update with a stale If-Match',
        { profile: { lastName: 'Lovelace' } },
        { 'If-Match': 'W/"stale-version"' },
      )
        .willRespondWith(412, (response) =>
          response
            .headers({ 'Content-Type': JSON_TYPE })
            .jsonBody(errorBody('Precondition Failed')),
        )
        .executeTest(async (server) => {
          const result = await clientAt(server.url).updateOktaInfo(
            { lastName: 'Lovelace' },
            { ifMatch: 'W/"stale-version"' },
          );
          expect(result).toMatchObject({ ok: false, status: 412 });
        }),

    noToken: () =>
      pact
        .addInteraction()
        .given(WEB_STATES.noToken, USER)
        .uponReceiving('an update without an access token')
        .withRequest('POST', PATH, (request) =>
          request
            .headers({ 'Content-Type': 'application/json' })
            .jsonBody({ profile: { firstName: 'Ada' } }),
        )
        .willRespondWith(401, answerUnauthenticated)
        .executeTest(async (server) => {
          const result = await clientAt(server.url, false).updateOktaInfo({ firstName: 'Ada' });
          expect(result).toMatchObject({ ok: false, status: 401 });
        }),
  };
}
