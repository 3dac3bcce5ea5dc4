/**
 * Provider states of the `okta-profile-web` → `okta-profile-api` contract. Each is a sentence;
 * its parameters name the Okta user (and login) it is about.
 */
export const WEB_STATES = {
  userWithEdipi: 'an Okta user with an EDIPI',
  userWithoutEdipi: 'an Okta user without an EDIPI',
  noToken: 'the caller has no access token',
  oktaDenies: 'Okta denies access to the Okta user',
  oktaHasNoUser: 'Okta has no such user',
  oktaFails: 'Okta fails',
  oktaRateLimits: 'Okta rate limits requests',
  oktaTimesOut: 'Okta does not answer in time',
  loginTaken: 'another Okta user holds the login',
} as const;

export type WebStateParams = { userId: string; edipi?: string; login?: string };

export const PACT_USER_ID = '00uPactUser000000001';
export const TAKEN_LOGIN = 'taken.login@example.com';
