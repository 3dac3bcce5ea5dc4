import { exitOnStartError } from './exit-on-start-error.ts';
import { MockConfigError, resolveMockConfig } from './mock-config.ts';
import { mockBanner } from './mock-banner.ts';
import { startMock } from './start-mock.ts';

// `npm run mock`: the mock alone, for frontend developers.
let config;
try {
  config = resolveMockConfig(process.argv.slice(2), process.env);
} catch (error) {
  if (
    !(error instanceof MockConfigError) &&
    (error as { code?: string }).code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
  ) {
    throw error;
  }
  console.error((error as Error).message);
  process.exit(1);
}

const mock = await exitOnStartError(
  startMock(config, (line) => console.log(line)),
  'mock',
  '--port or MOCK_PORT',
);
console.log(mockBanner(mock));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await mock.close();
    process.exit(0);
  });
}
