import type { LoadRun } from './load-runner.ts';
import { createLatencyRecorder } from './stats.ts';

/**
 * Keeps `connections` fetch() calls in flight for `durationS`, one after another on each
 * lane, as a test suite or an app would: the same LoadRun figures as autocannon's.
 */
export async function runFetchLoad(
  url: string,
  connections: number,
  durationS: number,
): Promise<LoadRun> {
  const latencies = createLatencyRecorder();
  const statuses: Record<string, number> = {};
  let failures = 0;
  let succeeded = 0;

  const startedAt = performance.now();
  const endsAt = startedAt + durationS * 1000;

  async function lane() {
    while (performance.now() < endsAt) {
      const sentAt = performance.now();
      try {
        const response = await fetch(url);
        await response.arrayBuffer();
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;

        if (response.status !== 200) failures++;
        else {
          succeeded++;
          latencies.record(performance.now() - sentAt);
        }
      } catch {
        failures++;
      }
    }
  }

  await Promise.all(Array.from({ length: connections }, lane));
  const elapsedS = (performance.now() - startedAt) / 1000;

  return { requestsPerSec: succeeded / elapsedS, ...latencies.summarise(), failures, statuses };
}
