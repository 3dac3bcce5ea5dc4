import type { BenchSettings } from './bench-settings.ts';
import type { FetchPathResult } from './bench-results.ts';
import { findFreePort } from './launch/free-port.ts';
import { runScript } from './launch/run-script.ts';
import { launchServer } from './launch/server-process.ts';
import type { LoadRun } from './measure/load-runner.ts';
import { SERVER_TARGETS } from './targets.ts';

const FETCH_LOOP = 'bench/servers/fetch-loop.ts';

interface FetchLoopOutput {
  setupMs: number;
  afterSetupMb: number;
  peakMb: number;
  runs: Record<string, LoadRun[]>;
}

async function runFetchLoop(settings: BenchSettings, env: Record<string, string>) {
  const runTimeS = (settings.durationS * settings.repeats + 1) * settings.connections.length;
  const stdout = await runScript(
    FETCH_LOOP,
    {
      CONNECTIONS: settings.connections.join(','),
      DURATION_S: String(settings.durationS),
      REPEATS: String(settings.repeats),
      WARMUP_S: String(settings.warmupS),
      ...env,
    },
    (runTimeS + settings.warmupS + 60) * 1000,
  );
  const output = JSON.parse(stdout.trim().split('\n').at(-1)!) as FetchLoopOutput;

  return {
    ...output,
    runs: new Map(Object.entries(output.runs).map(([count, runs]) => [Number(count), runs])),
  };
}

/**
 * The cost of each way a Node test reaches the mock: fetch() answered in-process by MSW's
 * setupServer, against fetch() over loopback to the standalone mock in another process.
 */
export async function benchFetchPaths(
  settings: BenchSettings,
  log: (line: string) => void,
): Promise<FetchPathResult[]> {
  const msw = await runFetchLoop(settings, { MODE: 'msw' });
  log(`msw setupServer: ready in ${msw.setupMs.toFixed(0)} ms`);

  const mockTarget = SERVER_TARGETS.find((target) => target.id === 'mock')!;
  const port = await findFreePort();
  await mockTarget.beforeStart?.();
  const mock = await launchServer(mockTarget.command(port));
  const baseUrl = `http://127.0.0.1:${port}`;
  let http;
  try {
    await mockTarget.afterStart?.(baseUrl);
    http = await runFetchLoop(settings, { MODE: 'http', TARGET_URL: baseUrl });
  } finally {
    await mock.stop();
  }
  log(`fetch() to the standalone mock: client ready in ${http.setupMs.toFixed(0)} ms`);

  return [
    { id: 'msw-node', label: 'fetch() → MSW setupServer, same process', ...msw },
    { id: 'http-standalone', label: 'fetch() → standalone mock over 127.0.0.1', ...http },
  ];
}
