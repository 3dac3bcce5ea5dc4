import type { RequestHandler } from 'express';
import { buildOktaUser } from '../../mock-server/okta/seed-users.ts';
import type { System } from '../support/start-system.ts';
import { WEB_STATES, type WebStateParams } from './web-states.ts';

function profileFor(userId: string, edipi?: string) {
  const login = `${userId.toLowerCase()}@example.com`;
  return {
    login,
    email: login,
    firstName: 'Pact',
    lastName: 'User',
    ...(edipi ? { cac_edipi: edipi } : {}),
  };
}

/**
 * The real server as provider: states seed or fault its Okta mock, and every request that
 * carries a token gets a freshly minted, valid one for the state's user.
 */
export function realServerProvider(system: System) {
  let callerId = '';

  function seedUser(params: WebStateParams, withEdipi = true) {
    callerId = params.userId;
    const edipi = withEdipi ? (params.edipi ?? '1234567890') : undefined;
    system.okta.store.add(buildOktaUser(params.userId, profileFor(params.userId, edipi)));
  }

  const withUser =
    (fault?: Parameters<System['okta']['faults']['add']>[0]) => async (params?: unknown) => {
      seedUser(params as WebStateParams);
      if (fault) system.okta.faults.add(fault);
    };

  const stateHandlers: Record<string, (params?: unknown) => Promise<void>> = {
    [WEB_STATES.userWithEdipi]: withUser(),
    [WEB_STATES.userWithoutEdipi]: async (params) => seedUser(params as WebStateParams, false),
    [WEB_STATES.noToken]: withUser(),
    [WEB_STATES.oktaDenies]: withUser({ kind: 'okta-error', status: 403 }),
    [WEB_STATES.oktaHasNoUser]: async (params) => {
      callerId = (params as WebStateParams).userId;
    },
    [WEB_STATES.oktaFails]: withUser({ kind: 'okta-error', status: 500 }),
    [WEB_STATES.oktaRateLimits]: withUser({ kind: 'okta-error', status: 429 }),
    [WEB_STATES.oktaTimesOut]: withUser({ kind: 'no-reply' }),
    [WEB_STATES.loginTaken]: async (params) => {
      const { login } = params as WebStateParams;
      seedUser(params as WebStateParams);
      system.okta.store.add(
        buildOktaUser('00uLoginHolder000001', {
          login: login!,
          email: login!,
          firstName: 'Holder',
          lastName: 'Of Login',
        }),
      );
    },
  };

  const requestFilter: RequestHandler = async (req, _res, next) => {
    if (req.headers.authorization) {
      const token = await system.okta.authServer.mintAccessToken({
        userId: callerId,
        login: 'pact@example.com',
      });
      req.headers.authorization = `Bearer ${token}`;
    }
    next();
  };

  return {
    providerBaseUrl: system.realUrl,
    stateHandlers,
    requestFilter,
    beforeEach: async () => system.okta.reset(),
  };
}

/**
 * The `/internal` mock as provider: states go through its admin API (scenarios and users), as
 * a frontend developer's tests would, and `X-Mock-User` stands in for the token.
 */
export function mockProvider(mockUrl: string) {
  let callerId = '';

  async function admin(method: string, path: string, body?: unknown) {
    const response = await fetch(`${mockUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  }

  const createUser = (id: string, edipi?: string) =>
    admin('POST', '/__mock/users', { id, profile: profileFor(id, edipi) });

  const withScenario = (scenario: string) => async (params?: unknown) => {
    callerId = (params as WebStateParams).userId;
    await createUser(callerId, '1234567890');
    await admin('PUT', '/__mock/scenario', { name: scenario });
  };

  const stateHandlers: Record<string, (params?: unknown) => Promise<void>> = {
    [WEB_STATES.userWithEdipi]: withScenario('ok'),
    [WEB_STATES.userWithoutEdipi]: async (params) => {
      callerId = (params as WebStateParams).userId;
      await createUser(callerId);
    },
    [WEB_STATES.noToken]: withScenario('unauthenticated'),
    [WEB_STATES.oktaDenies]: withScenario('forbidden'),
    [WEB_STATES.oktaHasNoUser]: withScenario('not-found'),
    [WEB_STATES.oktaFails]: withScenario('okta-down'),
    [WEB_STATES.oktaRateLimits]: withScenario('okta-rate-limited'),
    [WEB_STATES.oktaTimesOut]: withScenario('okta-timeout'),
    [WEB_STATES.loginTaken]: async (params) => {
      const { login, userId } = params as WebStateParams;
      callerId = userId;
      await createUser(userId, '1234567890');
      await admin('POST', '/__mock/users', {
        profile: { login, email: login, firstName: 'Holder', lastName: 'Of Login' },
      });
    },
  };

  const requestFilter: RequestHandler = (req, _res, next) => {
    req.headers['x-mock-user'] = callerId;
    next();
  };

  return {
    providerBaseUrl: mockUrl,
    stateHandlers,
    requestFilter,
    beforeEach: () => admin('POST', '/__mock/reset'),
  };
}
