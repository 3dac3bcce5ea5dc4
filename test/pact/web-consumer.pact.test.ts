import { afterAll, beforeAll, describe, test } from 'vitest';
import { clearGeneratedPact, settleGeneratedPact } from '../support/pact-files.ts';
import {
  createWebPact,
  showOktaInfoInteractions,
  updateOktaInfoInteractions,
  WEB_PACT_FILE,
} from './web-consumer.ts';

// okta-profile-web → okta-profile-api, driven through the typed client against Pact's mock.
const pact = createWebPact();
const show = showOktaInfoInteractions(pact);
const update = updateOktaInfoInteractions(pact);

beforeAll(() => clearGeneratedPact(WEB_PACT_FILE));
afterAll(() => settleGeneratedPact(WEB_PACT_FILE));

describe('okta-profile-web consumer: GET /internal/okta-profile', () => {
  test('reads a profile with an EDIPI and its ETag', show.withEdipi);
  test('reads a profile without an EDIPI as null', show.withoutEdipi);
  test('handles 401 without a token', show.noToken);
  test('handles 403 when Okta refuses', show.forbidden);
  test('handles 404 when Okta has no user', show.notFound);
  test('handles 502 when Okta fails', show.badGateway);
  test('handles 503 with Retry-After when Okta rate limits', show.rateLimited);
  test('handles 504 when Okta does not answer', show.timeout);
});

describe('okta-profile-web consumer: POST /internal/okta-profile', () => {
  test('updates one field', update.partialUpdate);
  test('handles 400 for a profile that is not an object', update.malformed);
  test('handles 422 for an invalid email', update.invalidEmail);
  test('handles 422 when Okta says the login is taken', update.loginTaken);
  test('handles 412 for a stale If-Match', update.staleIfMatch);
  test('handles 401 without a token', update.noToken);
});
