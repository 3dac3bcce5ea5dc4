import { MOCK_OPTIONS, MOCK_USAGE, readCliArguments } from './cli-arguments.ts';
import { exitOnStartError } from './exit-on-start-error.ts';
import { MockConfigError, resolveMockConfig } from './mock-config.ts';
import { mockBanner } from './mock-banner.ts';
import { startMock } from './start-mock.ts';

// `npm run mock`: the mock alone, for frontend developers.
const argv = process.argv.slice(2);
readCliArguments(argv, MOCK_OPTIONS, MOCK_USAGE);

let config;
try {
  config = resolveMockConfig(argv, process.env);
} catch (error) {
  if (!(error instanceof MockConfigError)) throw error;
  console.error(error.message);
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
