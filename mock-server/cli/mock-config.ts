import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MOCK_OPTIONS } from './cli-arguments.ts';
import { parseLatency, type MockSettings } from '../admin/mock-settings.ts';
import { isScenarioName, SCENARIO_NAMES } from '../scenarios/scenario-catalog.ts';

/** Everything `npm run mock` can be told, after flags, environment and config file are merged. */
export interface MockConfig {
  host: string;
  /** Settings given by flags or environment; they keep beating the file when it is reloaded. */
  overrides?: Record<string, unknown>;
  port: number;
  /** True when `--port` or `MOCK_PORT` chose the port, so the file's `port` is ignored. */
  isPortFixed?: boolean;
  configPath: string | undefined;
  /** The file watched for changes: the config file, or `./mock.config.json` should it appear. */
  watchPath?: string;
  statePath: string | undefined;
  seed: number | undefined;
  settings: MockSettings;
}

export class MockConfigError extends Error {
  constructor(problems: string[]) {
    super(`The mock's settings are not valid:\n- ${problems.join('\n- ')}`);
    this.name = 'MockConfigError';
  }
}

const DEFAULT_CONFIG_FILE = 'mock.config.json';
const MAX_CONFIG_BYTES = 1024 * 1024;
const FILE_KEYS = ['scenario', 'latencyMs', 'defaultUser', 'corsOrigins', 'port', 'statePath'];

/** The settings a config file holds (`mock.config.json`); undefined keys keep their default. */
export function readSettingsFile(path: string): Record<string, unknown> {
  // A pipe or device would block the read, and the mock with it; a huge file is no config.
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats && !stats.isFile()) throw new MockConfigError([`${path} is not a regular file`]);
  if (stats && stats.size > MAX_CONFIG_BYTES) {
    throw new MockConfigError([`${path} is over ${MAX_CONFIG_BYTES / 1024} KiB; no config is`]);
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new MockConfigError([`${path} cannot be read as JSON: ${(error as Error).message}`]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new MockConfigError([`${path} must hold a JSON object`]);
  }
  // A misspelt key would otherwise be ignored without a word; `$schema` and the like pass.
  const unknown = Object.keys(parsed).filter(
    (key) => !FILE_KEYS.includes(key) && !key.startsWith('$'),
  );
  if (unknown.length > 0) {
    throw new MockConfigError([
      `${path} has unknown keys ${unknown.join(', ')}; the keys are ${FILE_KEYS.join(', ')}`,
    ]);
  }

  return parsed as Record<string, unknown>;
}

/** Checks and converts raw values (from any source) into settings, naming each problem. */
export function toSettings(raw: Record<string, unknown>, problems: string[]): MockSettings {
  const scenario = raw.scenario ?? 'ok';
  if (!isScenarioName(scenario)) {
    problems.push(
      `scenario (--scenario, MOCK_SCENARIO or scenario in the file) must be one of ` +
        `${SCENARIO_NAMES.join(', ')}, not ${JSON.stringify(scenario)}`,
    );
  }

  const latency =
    raw.latencyMs === undefined ? { minMs: 0, maxMs: 0 } : parseLatency(raw.latencyMs);
  if (!latency) {
    problems.push(
      'latency (--latency, MOCK_LATENCY_MS or latencyMs) must be a number of ms up to 60000, ' +
        'or a range such as 100-400 ({"minMs": 100, "maxMs": 400} in the file)',
    );
  }

  const corsOrigins = raw.corsOrigins;
  const isOriginList =
    corsOrigins === undefined ||
    (Array.isArray(corsOrigins) && corsOrigins.every((origin) => typeof origin === 'string'));
  if (!isOriginList) problems.push('corsOrigins must be a list of origins');

  return {
    scenario: isScenarioName(scenario) ? scenario : 'ok',
    latency: latency ?? { minMs: 0, maxMs: 0 },
    defaultUser: typeof raw.defaultUser === 'string' ? raw.defaultUser : undefined,
    corsOrigins: corsOrigins as string[] | undefined,
  };
}

function toPort(value: string | undefined, problems: string[], fallback: number): number {
  if (value === undefined) return fallback;

  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`port must be a whole number from 0 to 65535, not ${JSON.stringify(value)}`);
  }
  return port;
}

// `MOCK_PORT= npm run mock` means "not set", as shells and .env files mean it.
function withoutEmptyValues(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value?.trim()));
}

/**
 * Merges, highest first: CLI flags, environment (`MOCK_*`), the config file
 * (`--config`, `MOCK_CONFIG` or `./mock.config.json`), defaults.
 */
export function resolveMockConfig(argv: string[], givenEnv: NodeJS.ProcessEnv, defaultPort = 4010) {
  const env = withoutEmptyValues(givenEnv);
  const { values } = parseArgs({ args: argv, options: MOCK_OPTIONS, strict: true });
  const problems: string[] = [];

  const named = values.config ?? env.MOCK_CONFIG;
  const configPath = named
    ? resolve(named)
    : existsSync(DEFAULT_CONFIG_FILE)
      ? resolve(DEFAULT_CONFIG_FILE)
      : undefined;
  const fromFile = configPath ? readSettingsFile(configPath) : {};

  const latencyText = values.latency ?? env.MOCK_LATENCY_MS;
  const overrides = {
    ...(env.MOCK_SCENARIO ? { scenario: env.MOCK_SCENARIO } : {}),
    ...(values.scenario ? { scenario: values.scenario } : {}),
    ...(latencyText ? { latencyMs: toLatencyValue(latencyText) } : {}),
  };
  const settings = toSettings({ ...fromFile, ...overrides }, problems);
  const port = toPort(
    values.port ?? env.MOCK_PORT ?? (fromFile.port as string | undefined)?.toString(),
    problems,
    defaultPort,
  );
  const seedText = values.seed ?? env.MOCK_SEED;
  const seed = seedText === undefined ? undefined : Number(seedText.trim() || Number.NaN);
  if (seed !== undefined && !Number.isInteger(seed)) problems.push('seed must be a whole number');

  if (problems.length > 0) throw new MockConfigError(problems);

  const statePath = values.state ?? env.MOCK_STATE ?? (fromFile.statePath as string | undefined);
  return {
    host: values.host ?? env.MOCK_HOST ?? '127.0.0.1',
    port,
    isPortFixed: (values.port ?? env.MOCK_PORT) !== undefined,
    configPath,
    watchPath: configPath ?? resolve(DEFAULT_CONFIG_FILE),
    statePath,
    seed,
    settings,
    overrides,
  } satisfies MockConfig;
}

// "250" is a fixed latency; "100-400" a range.
// `250` or `100-400`; anything else (`-5`, `1-2-3`) is NaN, which parseLatency refuses.
function toLatencyValue(text: string): unknown {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:-\s*(\d+(?:\.\d+)?)\s*)?$/.exec(text);
  if (!match) return Number.NaN;

  const [, min, max] = match;
  return max === undefined ? Number(min) : { minMs: Number(min), maxMs: Number(max) };
}
