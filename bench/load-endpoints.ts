import type { BenchSettings } from './bench-settings.ts';
import type { EndpointResult } from './bench-results.ts';
import type { StartedServer } from './bench-server.ts';
import { runLoad, type LoadRun } from './measure/load-runner.ts';
import type { OktaWiring } from './targets.ts';

function describeRun(run: LoadRun): string {
  const failed = run.failures ? `, ${run.failures} failed ${JSON.stringify(run.statuses)}` : '';
  const latency = `p50 ${run.p50Ms.toFixed(2)} ms, p99 ${run.p99Ms.toFixed(2)} ms`;

  return `${run.requestsPerSec.toFixed(0)} req/s, ${latency}${failed}`;
}

/**
 * Loads every endpoint of every started server: one warm-up each, then round after round
 * through all of them, so a burst of outside work spreads over every row instead of
 * landing on one server's repeats and skewing its ratios.
 */
export async function loadEndpoints(
  servers: StartedServer[],
  settings: BenchSettings,
  okta: OktaWiring | undefined,
  log: (line: string) => void,
): Promise<EndpointResult[]> {
  const busiest = Math.max(...settings.connections);
  const plan = servers.flatMap((server) =>
    server.target.endpoints.map((endpoint) => {
      const runs = new Map<number, LoadRun[]>(settings.connections.map((count) => [count, []]));
      const result: EndpointResult = { ...endpoint, serverId: server.target.id, runs };
      return { result, request: endpoint.request(server.baseUrl, okta) };
    }),
  );

  for (const { result, request } of plan) {
    await runLoad(request, busiest, settings.warmupS);
    log(`${result.id}: warmed up`);
  }

  for (let round = 1; round <= settings.repeats; round++) {
    for (const { result, request } of plan) {
      for (const connections of settings.connections) {
        const run = await runLoad(request, connections, settings.durationS);
        result.runs.get(connections)!.push(run);
        log(`${result.id} c=${connections} round ${round}: ${describeRun(run)}`);
      }
    }
  }

  return plan.map(({ result }) => result);
}
