import { afterAll, beforeAll, describe, test } from 'vitest';
import { PACTS_DIR } from '../support/pact-files.ts';
import { verifyPact } from '../support/pact-verification.ts';
import { startTestMock, type TestMock } from '../support/start-mock.ts';
import { startSystem, type System } from '../support/start-system.ts';
import { WEB_PACT_FILE } from './web-consumer.ts';
import { mockProvider, realServerProvider } from './web-provider-states.ts';

let system: System;
let mock: TestMock;
const pactFile = `${PACTS_DIR}${WEB_PACT_FILE}`;

beforeAll(async () => {
  [system, mock] = await Promise.all([startSystem({ oktaTimeoutMs: 400 }), startTestMock()]);
});
afterAll(async () => {
  await Promise.all([system.close(), mock.close()]);
});

// One pact file, two providers: the same contract proves they answer alike.
describe('okta-profile-api provider verification', () => {
  test('the real server, wired to the Okta mock, honours the okta-profile-web pact', async () => {
    await verifyPact({ provider: 'okta-profile-api', pactFile, ...realServerProvider(system) });
  }, 60_000);

  test('the /internal mock honours the okta-profile-web pact', async () => {
    await verifyPact({ provider: 'okta-profile-api', pactFile, ...mockProvider(mock.url) });
  }, 60_000);
});
