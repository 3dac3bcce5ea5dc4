import { loadConfig } from '../../real-server/config.ts';
import { startRealServer } from '../../real-server/start-server.ts';
import { createOktaMock, type OktaMockOptions } from '../../mock-server/okta/okta-mock.ts';
import { startMockHttpServer } from '../../mock-server/node/serve-mock.ts';
import { captureLogs } from './capture-logs.ts';

/**
 * The real server wired to an Okta mock, both on 127.0.0.1 with ephemeral ports, with the real
 * server's log lines captured.
 */
export async function startSystem(
  options: { oktaTimeoutMs?: number; okta?: OktaMockOptions } = {},
) {
  const okta = await createOktaMock({ rateLimit: false, ...options.okta });
  const oktaServer = await startMockHttpServer({ handle: okta.handle });
  okta.setBaseUrl(oktaServer.url);

  const logs = captureLogs();
  const config = loadConfig({
    PORT: '0',
    OKTA_ORG_URL: oktaServer.url,
    OKTA_API_TOKEN: okta.apiToken,
    OKTA_ISSUER: okta.authServer.issuer(),
    OKTA_AUDIENCE: okta.authServer.audience,
    OKTA_TIMEOUT_MS: String(options.oktaTimeoutMs ?? 1500),
    LOG_LEVEL: 'debug',
  });
  const real = await startRealServer(config, logs.logger);

  // A user Okta does not know still gets a valid token: the real server must answer 404.
  async function tokenFor(idOrLogin: string): Promise<string> {
    return (
      (await okta.mintFor(idOrLogin)) ??
      okta.authServer.mintAccessToken({ userId: idOrLogin, login: 'unknown@example.com' })
    );
  }

  return {
    okta,
    oktaUrl: oktaServer.url,
    oktaServer,
    realUrl: real.url,
    logs,
    tokenFor,
    firstUser: () => okta.store.list()[0]!,
    async close() {
      await real.close(100);
      await oktaServer.close();
    },
  };
}

export type System = Awaited<ReturnType<typeof startSystem>>;
