import pino, { type DestinationStream, type Logger } from 'pino';

// Defence in depth: no log call of ours passes these, but a future one might.
const REDACTED_PATHS = [
  'authorization',
  'token',
  'apiToken',
  'profile',
  'body',
  '*.authorization',
  '*.token',
  '*.apiToken',
  '*.profile',
  '*.body',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
];

/** A pino logger writing JSON lines; tests pass a destination to read what was logged. */
export function createLogger(
  options: { level: string; name?: string },
  destination?: DestinationStream,
): Logger {
  const settings = {
    name: options.name ?? 'okta-profile-api',
    level: options.level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    base: undefined,
  };

  return destination ? pino(settings, destination) : pino(settings);
}
