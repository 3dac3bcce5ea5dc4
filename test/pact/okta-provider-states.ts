import type { RequestHandler } from 'express';
import type { OktaMock } from '../../mock-server/okta/okta-mock.ts';
import { buildOktaUser } from '../../mock-server/okta/seed-users.ts';
import { OKTA_STATES, type OktaStateParams } from './okta-states.ts';

/**
 * The Okta mock as provider of the Users API contract: states seed its store or change its
 * limits, and each request carries the mock's API token unless the state revoked it.
 */
export function oktaMockProvider(okta: OktaMock, url: string) {
  let apiToken = okta.apiToken;

  function seed({ userId }: OktaStateParams) {
    const login = 'pat.okta@example.com';
    okta.store.add(
      buildOktaUser(userId, {
        login,
        email: login,
        firstName: 'Pat',
        lastName: 'Okta',
        cac_edipi: '1234567890',
      }),
    );
  }

  const stateHandlers = {
    [OKTA_STATES.userExists]: async (params?: unknown) => seed(params as OktaStateParams),
    [OKTA_STATES.noSuchUser]: async () => {},
    [OKTA_STATES.loginTaken]: async (params?: unknown) => {
      const { login } = params as OktaStateParams;
      seed(params as OktaStateParams);
      okta.store.add(
        buildOktaUser('00uLoginHolder000002', {
          login: login!,
          email: login!,
          firstName: 'Some',
          lastName: 'One',
        }),
      );
    },
    [OKTA_STATES.rateLimitUsedUp]: async (params?: unknown) => {
      seed(params as OktaStateParams);
      okta.rateLimiter.configure({ limit: 0, windowSeconds: 60 });
    },
    [OKTA_STATES.tokenRefused]: async (params?: unknown) => {
      seed(params as OktaStateParams);
      apiToken = 'a-revoked-api-token';
    },
  };

  const requestFilter: RequestHandler = (req, _res, next) => {
    req.headers.authorization = `SSWS ${apiToken}`;
    next();
  };

  return {
    providerBaseUrl: url,
    stateHandlers,
    requestFilter,
    beforeEach: async () => {
      okta.reset();
      okta.rateLimiter.configure({ limit: 600, windowSeconds: 60 });
      apiToken = okta.apiToken;
    },
  };
}
