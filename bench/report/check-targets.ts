import type { BenchResults, ServerResult } from '../bench-results.ts';
import { median } from '../measure/stats.ts';
import { summariseRuns } from './summarise.ts';

/** One target of the issue, as measured in this run. */
export interface TargetCheck {
  target: string;
  /** The server to profile when this target is missed, and which phase of its life. */
  serverId: string;
  phase: 'load' | 'start-up';
  measured: string;
  /** The same figure for the baseline, for scale. */
  context: string;
  isMet: boolean;
  /** How far from the limit, in the target's own unit; empty when met. */
  missedBy: string;
}

type CheckBase = Pick<TargetCheck, 'target' | 'serverId' | 'phase' | 'context'>;

function atLeast(base: CheckBase, value: number, limit: number, unit: string): TargetCheck {
  const isMet = value >= limit;
  const missedBy = isMet ? '' : `${(limit - value).toFixed(2)} ${unit} short`;

  return { ...base, measured: `${value.toFixed(2)} ${unit}`, isMet, missedBy };
}

function atMost(base: CheckBase, value: number, limit: number, unit: string): TargetCheck {
  const isMet = value <= limit;
  const missedBy = isMet ? '' : `${(value - limit).toFixed(2)} ${unit} over`;

  return { ...base, measured: `${value.toFixed(2)} ${unit}`, isMet, missedBy };
}

const versus = (value: number, base: number) => `${value.toFixed(0)} vs ${base.toFixed(0)} req/s`;

/** Checks the targets, each as a ratio or a limit within this same run. */
export function checkTargets(
  results: BenchResults,
  busiest: number,
  single: number,
): TargetCheck[] {
  const figure = (id: string, connections: number) =>
    summariseRuns(results.endpoints.find((endpoint) => endpoint.id === id)?.runs.get(connections));
  const server = (id: string): ServerResult | undefined =>
    results.servers.find((candidate) => candidate.id === id);
  const coldMs = (id: string) => median(server(id)?.coldStartsMs ?? []);

  const [mockGet, rawGet] = [figure('mock-get', busiest), figure('raw-get', busiest)];
  const [realGet, proxyGet] = [figure('real-get', busiest), figure('proxy-get', busiest)];
  const [realAlone, oktaAlone] = [figure('real-get', single), figure('okta-get', single)];
  const rawMemoryMb = server('raw-profile')?.afterStartMb ?? Number.NaN;

  return [
    atLeast(
      {
        target: `mock GET req/s at ${busiest} connections ≥ 0.5 × raw node:http`,
        serverId: 'mock',
        phase: 'load',
        context: versus(mockGet.requestsPerSec, rawGet.requestsPerSec),
      },
      mockGet.requestsPerSec / rawGet.requestsPerSec,
      0.5,
      '×',
    ),
    atMost(
      {
        target: `mock GET p99 at ${busiest} connections < 5 ms`,
        serverId: 'mock',
        phase: 'load',
        context:
          `raw node:http: ${rawGet.p99Ms.toFixed(2)} ms; ` +
          `mock at ${single}: ${figure('mock-get', single).p99Ms.toFixed(2)} ms`,
      },
      mockGet.p99Ms,
      5,
      'ms',
    ),
    atMost(
      {
        target: 'mock cold start (median) < 300 ms',
        serverId: 'mock',
        phase: 'start-up',
        context: `raw node:http: ${coldMs('raw-profile').toFixed(0)} ms`,
      },
      coldMs('mock'),
      300,
      'ms',
    ),
    atMost(
      {
        target: 'mock memory after start < 100 MB',
        serverId: 'mock',
        phase: 'start-up',
        context: `raw node:http: ${rawMemoryMb.toFixed(1)} MiB`,
      },
      server('mock')?.afterStartMb ?? Number.NaN,
      100,
      'MiB',
    ),
    atLeast(
      {
        target: `real server req/s at ${busiest} connections ≥ 0.5 × raw proxy`,
        serverId: 'real',
        phase: 'load',
        context: versus(realGet.requestsPerSec, proxyGet.requestsPerSec),
      },
      realGet.requestsPerSec / proxyGet.requestsPerSec,
      0.5,
      '×',
    ),
    atMost(
      {
        target: `real server p50 at ${single} connection ≤ the Okta mock's own + 1 ms`,
        serverId: 'real',
        phase: 'load',
        context: `${realAlone.p50Ms.toFixed(2)} vs ${oktaAlone.p50Ms.toFixed(2)} ms`,
      },
      realAlone.p50Ms - oktaAlone.p50Ms,
      1,
      'ms added',
    ),
  ];
}
