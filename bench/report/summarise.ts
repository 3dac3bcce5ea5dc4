import type { LoadRun } from '../measure/load-runner.ts';
import { median } from '../measure/stats.ts';

/** The median of each figure over the repeats at one connection count. */
export interface RunSummary {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
}

/** Medians over the repeats; failures are summed, since a single one makes a run suspect. */
export function summariseRuns(runs: readonly LoadRun[] | undefined): RunSummary {
  const all = runs ?? [];

  return {
    requestsPerSec: median(all.map((run) => run.requestsPerSec)),
    p50Ms: median(all.map((run) => run.p50Ms)),
    p99Ms: median(all.map((run) => run.p99Ms)),
    failures: all.reduce((sum, run) => sum + run.failures, 0),
  };
}

/** `value / base` as `0.52×`, or `–` when either is missing. */
export function formatRatio(value: number, base: number | undefined): string {
  if (base === undefined || !Number.isFinite(value) || !Number.isFinite(base) || base === 0) {
    return '–';
  }

  return `${(value / base).toFixed(2)}×`;
}

/** A figure with sensible precision for a table cell. */
export function formatNumber(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return '–';

  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}
