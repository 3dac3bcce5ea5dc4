/** Provider states of the `okta-profile-api` → `okta-users-api` contract. */
export const OKTA_STATES = {
  userExists: 'an Okta user exists',
  noSuchUser: 'no Okta user has the id',
  loginTaken: 'another Okta user holds the login',
  rateLimitUsedUp: 'the rate limit for the Users API is used up',
  tokenRefused: 'the API token has been revoked',
} as const;

export type OktaStateParams = { userId: string; login?: string };

export const OKTA_PACT_USER_ID = '00uPactOktaUser00001';
export const OKTA_TAKEN_LOGIN = 'someone.else@example.com';

export const OKTA_PACT_FILE = 'okta-profile-api-okta-users-api.json';
