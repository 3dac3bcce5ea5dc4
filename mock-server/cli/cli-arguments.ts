import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The flags `npm run mock` takes; `npm run dev` takes them too, with its own `--port`. */
export const MOCK_OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  scenario: { type: 'string' },
  latency: { type: 'string' },
  config: { type: 'string' },
  state: { type: 'string' },
  seed: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

const MOCK_FLAG_LINES = `  --scenario <name>      default scenario (MOCK_SCENARIO)
  --latency <ms|min-max> delay before each /internal answer (MOCK_LATENCY_MS)
  --config <file>        settings file, reloaded on change (MOCK_CONFIG; ./mock.config.json)
  --state <file>         keep users and the signing key across restarts (MOCK_STATE)
  --seed <n>             faker seed for the seeded users (MOCK_SEED)
  --host <address>       listen address, default 127.0.0.1 (MOCK_HOST)`;

export const MOCK_USAGE = `Usage: npm run mock -- [flags]
  --port <n>             port, default 4010 (MOCK_PORT)
${MOCK_FLAG_LINES}`;

export const DEV_USAGE = `Usage: npm run dev -- [flags]
  --port <n>             the real server's port, default 3000 (PORT)
  --mock-port <n>        the mock's port, default 4010 (MOCK_PORT)
${MOCK_FLAG_LINES}`;

/**
 * Reads a CLI's flags; `--help` prints the usage and exits 0, a flag it does not know or a
 * stray value prints one line and the usage and exits 2, instead of a stack trace.
 */
export function readCliArguments<T extends ParseArgsConfig['options']>(
  argv: string[],
  options: T,
  usage: string,
) {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }

  try {
    return parseArgs({ args: argv, options, strict: true }).values;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw error;

    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}
