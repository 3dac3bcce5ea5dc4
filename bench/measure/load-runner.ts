import autocannon, { type AutocannonRequest } from 'autocannon';
import { createLatencyRecorder } from './stats.ts';

/** One HTTP call to repeat under load; `makeBody` gives a fresh body per request. */
export interface LoadRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  makeBody?: () => string;
}

/** What one fixed-duration run measured. */
export interface LoadRun {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers that were not 2xx plus socket errors and timeouts: a run with any is suspect. */
  failures: number;
  statuses: Record<string, number>;
}

function toAutocannonRequest(load: LoadRequest): AutocannonRequest {
  const url = new URL(load.url);
  const request: AutocannonRequest = {
    method: load.method ?? 'GET',
    path: `${url.pathname}${url.search}`,
    headers: load.headers ?? {},
  };
  const makeBody = load.makeBody;
  if (makeBody) request.setupRequest = (built) => ({ ...built, body: makeBody() });

  return request;
}

/**
 * Loads one URL with autocannon for `durationS` at `connections`. Latencies come from each
 * response's own timing (autocannon's histogram keeps whole milliseconds only).
 */
export function runLoad(load: LoadRequest, connections: number, durationS: number) {
  const latencies = createLatencyRecorder();

  return new Promise<LoadRun>((resolve, reject) => {
    const instance = autocannon(
      {
        url: new URL(load.url).origin,
        connections,
        duration: durationS,
        timeout: 10,
        requests: [toAutocannonRequest(load)],
      },
      (error, result) => {
        if (error) return reject(error);

        const statuses = Object.fromEntries(
          Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]),
        );
        resolve({
          requestsPerSec: result['2xx'] / result.duration,
          ...latencies.summarise(),
          failures: result.non2xx + result.errors + result.timeouts,
          statuses,
        });
      },
    );

    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.record(ms);
    });
  });
}
