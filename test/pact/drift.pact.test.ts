import { afterEach, describe, expect, test } from 'vitest';
import type { MockAnswer, MockRequest } from '../../mock-server/core/mock-exchange.ts';
import { createMockApp } from '../../mock-server/mock-app.ts';
import { startMockHttpServer, type MockHttpServer } from '../../mock-server/node/serve-mock.ts';
import { PACTS_DIR } from '../support/pact-files.ts';
import { verifyPact } from '../support/pact-verification.ts';
import { WEB_PACT_FILE } from './web-consumer.ts';
import { mockProvider } from './web-provider-states.ts';

let server: MockHttpServer | undefined;
afterEach(() => server?.close());

/** A provider that drifted: the mock with one change to its `/internal` answers. */
async function startDriftedProvider(drift: (answer: MockAnswer) => MockAnswer) {
  const app = await createMockApp({ oktaTimeoutMs: 300, okta: { rateLimit: false } });
  const handle = async (request: MockRequest) => {
    const answer = await app.handle(request);
    return answer && request.path === '/internal/okta-profile' ? drift(answer) : answer;
  };
  server = await startMockHttpServer({ handle });
  return server.url;
}

function verifyAgainst(url: string, isDrifted = true) {
  // Pact's verifier prints its report straight to stdout; say so before it prints FAILED lines.
  if (isDrifted) {
    process.stdout.write(
      '\n[drift test] FAILED lines from Pact below are expected: this provider drifts on purpose.\n',
    );
  }

  return verifyPact({
    provider: 'okta-profile-api',
    pactFile: `${PACTS_DIR}${WEB_PACT_FILE}`,
    publish: false,
    ...mockProvider(url),
  });
}

describe('verification catches a provider that drifts from the pact', () => {
  test('fails, naming the interaction, when a provider drops cac_edipi', async () => {
    const url = await startDriftedProvider((answer) => {
      if (answer.status !== 200 || !answer.body) return answer;
      const { cac_edipi: _dropped, ...rest } = JSON.parse(answer.body);
      return { ...answer, body: JSON.stringify(rest) };
    });

    await expect(verifyAgainst(url)).rejects.toThrow(
      /a request for the caller's profile[\s\S]*cac_edipi/,
    );
  }, 60_000);

  test('fails, naming the interaction, when a provider answers 500 where the pact says 422', async () => {
    const url = await startDriftedProvider((answer) =>
      answer.status === 422 ? { ...answer, status: 500 } : answer,
    );

    await expect(verifyAgainst(url)).rejects.toThrow(/an update with an invalid email/);
  }, 60_000);

  test('passes the same provider without the drift, so the failures above are the drift', async () => {
    const url = await startDriftedProvider((answer) => answer);

    await expect(verifyAgainst(url, false)).resolves.toBeDefined();
  }, 60_000);
});
