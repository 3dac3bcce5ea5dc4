import { readMemory } from '../measure/memory.ts';
import { runFetchLoad } from '../measure/fetch-load.ts';
import type { LoadRun } from '../measure/load-runner.ts';

// One way a test reaches the mock, loaded from inside this process: MODE=msw puts the mock's
// MSW handlers under setupServer here; MODE=http fetches the standalone mock at TARGET_URL.
// Prints one JSON line with the figures; the parent compares the two modes.
const mode = process.env.MODE;
const connections = (process.env.CONNECTIONS ?? '1').split(',').map(Number);
const durationS = Number(process.env.DURATION_S ?? 3);
const repeats = Number(process.env.REPEATS ?? 3);
const warmupS = Number(process.env.WARMUP_S ?? 1);

async function setUpTarget(): Promise<string> {
  if (mode === 'http') return `${process.env.TARGET_URL}/internal/okta-profile`;
  if (mode !== 'msw') throw new Error(`MODE must be msw or http, not ${mode}`);

  const { setupServer } = await import('msw/node');
  const { createMockHandlers } = await import('../../mock-server/msw/index.ts');
  const { handlers } = await createMockHandlers({
    baseUrl: 'http://app.test',
    okta: { rateLimit: false },
  });
  setupServer(...handlers).listen({ onUnhandledFrame: 'error' });

  return 'http://app.test/internal/okta-profile';
}

const url = await setUpTarget();
const first = await fetch(url);
await first.arrayBuffer();
if (first.status !== 200) throw new Error(`${url} answered ${first.status}`);
const setupMs = performance.now();
const afterSetupMb = readMemory(process.pid).rssMb;

await runFetchLoad(url, Math.max(...connections), warmupS);
const runs: Record<number, LoadRun[]> = {};
for (let repeat = 0; repeat < repeats; repeat++) {
  for (const count of connections) {
    (runs[count] ??= []).push(await runFetchLoad(url, count, durationS));
  }
}

const peakMb = readMemory(process.pid).peakMb;
console.log(JSON.stringify({ setupMs, afterSetupMb, peakMb, runs }));
process.exit(0);
