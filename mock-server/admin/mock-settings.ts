import type { ScenarioName } from '../scenarios/scenario-catalog.ts';

export interface LatencyRange {
  minMs: number;
  maxMs: number;
}

/** What a developer can change at run time: through the admin API, the config file or flags. */
export interface MockSettings {
  scenario: ScenarioName;
  latency: LatencyRange;
  /** Okta user id or login the `/internal` mock acts as by default. */
  defaultUser: string | undefined;
  /** Browser origins allowed by CORS; any localhost origin when undefined. */
  corsOrigins: string[] | undefined;
}

/** A wait drawn evenly from the range; a fixed latency is a range of one value. */
export function drawLatency({ minMs, maxMs }: LatencyRange): number {
  return minMs + Math.floor(Math.random() * (maxMs - minMs + 1));
}

/** Reads `250` or `{ "minMs": 100, "maxMs": 400 }`; undefined when neither. */
export function parseLatency(value: unknown): LatencyRange | undefined {
  if (typeof value === 'number' && value >= 0 && value <= 60_000) {
    return { minMs: value, maxMs: value };
  }

  const range = value as Partial<LatencyRange> | null;
  const isRange =
    typeof range?.minMs === 'number' &&
    typeof range.maxMs === 'number' &&
    range.minMs >= 0 &&
    range.maxMs >= range.minMs &&
    range.maxMs <= 60_000;

  return isRange ? { minMs: range.minMs!, maxMs: range.maxMs! } : undefined;
}

/** One line naming every setting in force, for the banner and each config reload. */
export function describeSettings(settings: MockSettings): string {
  const { minMs, maxMs } = settings.latency;
  const latency = minMs === maxMs ? `${minMs} ms` : `${minMs}-${maxMs} ms`;
  const origins = settings.corsOrigins;
  // A long origin list is summed up: the line is for reading, not for auditing the file.
  const cors = !origins
    ? 'any localhost origin'
    : origins.length > 5
      ? `${origins.slice(0, 5).join(' ')} and ${origins.length - 5} more`
      : origins.join(' ');

  return [
    `scenario ${settings.scenario}`,
    `latency ${latency}`,
    `default user ${settings.defaultUser ?? 'the first seeded user'}`,
    `CORS ${cors}`,
  ].join(', ');
}
