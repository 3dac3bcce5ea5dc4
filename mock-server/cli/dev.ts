import { ConfigError, loadConfig } from '../../real-server/config.ts';
import { createLogger } from '../../real-server/logging/create-logger.ts';
import { startRealServer } from '../../real-server/start-server.ts';
import { DEV_USAGE, MOCK_OPTIONS, readCliArguments } from './cli-arguments.ts';
import { exitOnStartError } from './exit-on-start-error.ts';
import { mockBanner } from './mock-banner.ts';
import { MockConfigError, resolveMockConfig } from './mock-config.ts';
import { startMock } from './start-mock.ts';

// `npm run dev`: the Okta mock (with the /internal mock beside it) and the real server wired to it.
const {
  port,
  'mock-port': mockPort,
  ...mockFlags
} = readCliArguments(
  process.argv.slice(2),
  { ...MOCK_OPTIONS, 'mock-port': { type: 'string' } },
  DEV_USAGE,
);

let mockConfig;
try {
  // The mock's own flags pass through; --mock-port is its --port.
  const mockArgs = Object.entries({ ...mockFlags, port: mockPort })
    .filter(([, value]) => value !== undefined)
    .flatMap(([name, value]) => [`--${name}`, String(value)]);
  mockConfig = resolveMockConfig(mockArgs, process.env);
} catch (error) {
  if (!(error instanceof MockConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const mock = await exitOnStartError(
  startMock(mockConfig, (line) => console.log(line)),
  'mock',
  '--mock-port',
);
const okta = mock.app.okta;

let config;
try {
  config = loadConfig({
    PORT: String(port ?? process.env.PORT ?? 3000),
    OKTA_ORG_URL: mock.url,
    OKTA_API_TOKEN: okta.apiToken,
    OKTA_ISSUER: okta.authServer.issuer(),
    OKTA_AUDIENCE: okta.authServer.audience,
    OKTA_TIMEOUT_MS: process.env.OKTA_TIMEOUT_MS,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  });
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  await mock.close();
  process.exit(1);
}
const real = await exitOnStartError(
  startRealServer(config, createLogger({ level: config.logLevel })),
  'real server',
  '--port',
);

const user = okta.store.list()[0]!;
const token = await okta.mintFor(user.id);
const profileUrl = `${real.url}/internal/okta-profile`;

console.log(`
${mockBanner(mock)}

real server listening on ${real.url} (Okta: ${mock.url})

Try it (token for ${user.profile.login}, valid for 1 hour;
more with MOCK_URL=${mock.url} npm run -s token -- <login or id>):

  curl -i ${profileUrl} \\
    -H 'Authorization: Bearer ${token}'

  curl -i -X POST ${profileUrl} \\
    -H 'Authorization: Bearer ${token}' \\
    -H 'Content-Type: application/json' \\
    -d '{"profile":{"firstName":"Ada"}}'

  curl -i ${mock.url}/api/v1/users/${user.id} \\
    -H 'Authorization: SSWS ${okta.apiToken}'

Ctrl-C stops everything.
`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await real.close(2000);
    await mock.close();
    process.exit(0);
  });
}
