/** How long and how often `npm run bench` loads each server; the only reader of BENCH_*. */
export interface BenchSettings {
  durationS: number;
  repeats: number;
  warmupS: number;
  coldStarts: number;
  connections: readonly number[];
  /** `missed`: profile a server only when it misses a target; `always`; `never`. */
  profile: 'missed' | 'always' | 'never';
  /** Server ids (and `fetch-paths`) to run alone; undefined runs everything. */
  only: readonly string[] | undefined;
}

function readNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;

  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number, not ${JSON.stringify(raw)}`);
  }

  return value;
}

function readProfileMode(env: NodeJS.ProcessEnv): BenchSettings['profile'] {
  const raw = env.BENCH_PROFILE?.trim() || 'missed';
  if (raw !== 'missed' && raw !== 'always' && raw !== 'never') {
    throw new Error(`BENCH_PROFILE must be missed, always or never, not ${JSON.stringify(raw)}`);
  }

  return raw;
}

// A comma-separated list such as `raw-profile,mock`: a partial run while working on one server.
function readOnly(env: NodeJS.ProcessEnv): BenchSettings['only'] {
  const names = (env.BENCH_ONLY ?? '').split(',').map((name) => name.trim());
  const given = names.filter((name) => name !== '');

  return given.length === 0 ? undefined : Object.freeze(given);
}

/**
 * Reads BENCH_DURATION_S, BENCH_REPEATS, BENCH_WARMUP_S, BENCH_COLD_STARTS, BENCH_PROFILE and
 * BENCH_ONLY.
 */
export function loadBenchSettings(env: NodeJS.ProcessEnv): BenchSettings {
  return Object.freeze({
    durationS: readNumber(env, 'BENCH_DURATION_S', 3),
    repeats: Math.round(readNumber(env, 'BENCH_REPEATS', 3)),
    warmupS: readNumber(env, 'BENCH_WARMUP_S', 1),
    coldStarts: Math.round(readNumber(env, 'BENCH_COLD_STARTS', 5)),
    connections: Object.freeze([1, 50]),
    profile: readProfileMode(env),
    only: readOnly(env),
  });
}
