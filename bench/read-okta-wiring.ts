import type { ServerProcess } from './launch/server-process.ts';
import type { OktaWiring } from './targets.ts';

/** Waits for the JSON line bench/servers/okta-mock-server.ts prints once it has a token. */
export async function readOktaWiring(okta: ServerProcess, timeoutMs = 10_000): Promise<OktaWiring> {
  const deadline = performance.now() + timeoutMs;

  while (performance.now() < deadline) {
    const line = okta
      .stdout()
      .split('\n')
      .slice(0, -1)
      .find((candidate) => candidate.startsWith('{'));
    if (line) return JSON.parse(line) as OktaWiring;

    await new Promise((resolve) => setTimeout(resolve, 20));
  }

  throw new Error(`the Okta mock printed no wiring within ${timeoutMs} ms`);
}
