/** The real server's settings, read once from the environment and frozen. */
export interface Config {
  host: string;
  port: number;
  oktaOrgUrl: string;
  oktaApiToken: string;
  oktaIssuer: string;
  oktaAudience: string;
  oktaTimeoutMs: number;
  logLevel: string;
  /** JWS algorithms a token may be signed with; Okta signs access tokens with RS256. */
  jwtAlgorithms: readonly string[];
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Raised with every problem found, so an operator fixes them all in one go. */
export class ConfigError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Invalid settings:\n- ${problems.join('\n- ')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

function readUrl(
  env: NodeJS.ProcessEnv,
  name: string,
  problems: string[],
  example: string,
): string {
  const value = env[name]?.trim();
  if (!value) {
    problems.push(`${name} is missing (for example ${example})`);
    return '';
  }

  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push(`${name} is not a URL: ${JSON.stringify(value)}`);
    return '';
  }

  // Plain http is only acceptable to a process on this machine, such as the Okta mock.
  if (
    url.protocol !== 'https:' &&
    !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))
  ) {
    problems.push(`${name} must use https (http is allowed only for 127.0.0.1 or localhost)`);
  }

  return value.replace(/\/+$/, '');
}

function readInteger(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  [min, max]: [number, number],
  problems: string[],
): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;

  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(
      `${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(raw)}`,
    );
  }

  return value;
}

/**
 * Parses the environment into a frozen Config; the only place that reads settings.
 *
 * @throws ConfigError naming each missing or malformed variable
 */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const problems: string[] = [];

  const oktaOrgUrl = readUrl(env, 'OKTA_ORG_URL', problems, 'https://your-org.okta.com');
  const oktaIssuer = readUrl(
    env,
    'OKTA_ISSUER',
    problems,
    'https://your-org.okta.com/oauth2/default',
  );
  const oktaApiToken = env.OKTA_API_TOKEN?.trim() ?? '';
  if (!oktaApiToken) problems.push('OKTA_API_TOKEN is missing (an Okta API token, sent as SSWS)');

  const oktaAudience = env.OKTA_AUDIENCE?.trim() ?? '';
  if (!oktaAudience) problems.push('OKTA_AUDIENCE is missing (for example api://default)');

  const port = readInteger(env, 'PORT', 3000, [0, 65535], problems);
  const oktaTimeoutMs = readInteger(env, 'OKTA_TIMEOUT_MS', 5000, [100, 120000], problems);
  const logLevel = env.LOG_LEVEL?.trim() || 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(
      `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not ${JSON.stringify(logLevel)}`,
    );
  }

  if (problems.length > 0) throw new ConfigError(problems);

  return Object.freeze({
    host: env.HOST?.trim() || '127.0.0.1',
    port,
    oktaOrgUrl,
    oktaApiToken,
    oktaIssuer,
    oktaAudience,
    oktaTimeoutMs,
    logLevel,
    jwtAlgorithms: Object.freeze(['RS256']),
  });
}
