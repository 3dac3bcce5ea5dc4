import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchSettings } from './bench-settings.ts';
import { findFreePort } from './launch/free-port.ts';
import { launchServer } from './launch/server-process.ts';
import { summariseCpuProfile, type ProfileSummary } from './measure/cpu-profile-summary.ts';
import { runLoad } from './measure/load-runner.ts';
import type { OktaWiring, ServerTarget } from './targets.ts';

/**
 * Where the `.cpuprofile` files go (ignored by git); open them in Chrome DevTools. A partial
 * run (BENCH_ONLY) has its own folder, so the files bench/results.md names stay on disk.
 */
export function profileDir(settings: BenchSettings): string {
  return settings.only ? 'bench/out/profiles-only' : 'bench/out/profiles';
}

/** What a profile covered: load on one endpoint, or start-up to the first 200. */
export type ProfiledPhase = { endpointId: string } | 'start-up';

/** A server's profile: the file and its summary. */
export interface ServerProfile {
  serverId: string;
  phase: ProfiledPhase;
  file: string;
  summary: ProfileSummary;
  /** Answers given while the profiled load ran (0 for start-up). */
  requests: number;
}

/**
 * Runs the server under `node --cpu-prof`, lets `work` load it, stops it (Node writes the
 * profile on exit) and sums up the samples taken after `work` says the measured part began.
 */
async function profileRun(
  target: ServerTarget,
  settings: BenchSettings,
  okta: OktaWiring | undefined,
  work: (baseUrl: string) => Promise<number>,
): Promise<{ file: string; summary: ProfileSummary }> {
  const dir = join(profileDir(settings), `${target.id}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });

  const port = await findFreePort();
  const nodeFlags = ['--cpu-prof', `--cpu-prof-dir=${dir}`];
  const running = await launchServer({ ...target.command(port, okta), nodeFlags });
  let fromMicros = 0;
  try {
    fromMicros = await work(`http://127.0.0.1:${port}`);
  } finally {
    await running.stop();
  }

  const written = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!written) throw new Error(`${target.id} wrote no profile in ${dir}`);
  const file = join(dir, written);

  return { file, summary: summariseCpuProfile(file, fromMicros) };
}

/**
 * Profiles one endpoint under load: warm-up first, then twice the run duration at the
 * busiest connection count; only the loaded part is summed up.
 */
export async function profileUnderLoad(
  target: ServerTarget,
  endpointId: string,
  settings: BenchSettings,
  okta?: OktaWiring,
): Promise<ServerProfile> {
  const endpoint = target.endpoints.find((candidate) => candidate.id === endpointId);
  if (!endpoint) throw new Error(`${target.id} has no endpoint ${endpointId}`);
  const connections = Math.max(...settings.connections);

  let requests = 0;
  const profiled = await profileRun(target, settings, okta, async (baseUrl) => {
    const request = endpoint.request(baseUrl, okta);
    await target.afterStart?.(baseUrl);
    await runLoad(request, connections, settings.warmupS);

    const loadStartedUs = Number(process.hrtime.bigint() / 1000n);
    const run = await runLoad(request, connections, settings.durationS * 2);
    requests = run.requestsPerSec * settings.durationS * 2;

    return loadStartedUs;
  });

  return { serverId: target.id, phase: { endpointId }, requests, ...profiled };
}

/** Profiles start-up alone: spawn, imports, set-up, first 200, then stop. */
export async function profileStartup(
  target: ServerTarget,
  settings: BenchSettings,
  okta?: OktaWiring,
): Promise<ServerProfile> {
  const profiled = await profileRun(target, settings, okta, async () => 0);

  return { serverId: target.id, phase: 'start-up', requests: 0, ...profiled };
}
