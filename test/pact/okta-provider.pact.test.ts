import { afterAll, beforeAll, describe, test } from 'vitest';
import { createOktaMock, type OktaMock } from '../../mock-server/okta/okta-mock.ts';
import { startMockHttpServer, type MockHttpServer } from '../../mock-server/node/serve-mock.ts';
import { PACTS_DIR } from '../support/pact-files.ts';
import { verifyPact } from '../support/pact-verification.ts';
import { oktaMockProvider } from './okta-provider-states.ts';
import { OKTA_PACT_FILE } from './okta-states.ts';

let okta: OktaMock;
let server: MockHttpServer;

beforeAll(async () => {
  okta = await createOktaMock();
  server = await startMockHttpServer({ handle: okta.handle });
  okta.setBaseUrl(server.url);
});
afterAll(() => server.close());

describe('okta-users-api provider verification', () => {
  test('the Okta mock honours the okta-profile-api pact', async () => {
    await verifyPact({
      provider: 'okta-users-api',
      pactFile: `${PACTS_DIR}${OKTA_PACT_FILE}`,
      ...oktaMockProvider(okta, server.url),
    });
  }, 60_000);
});
