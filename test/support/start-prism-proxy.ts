import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitUntilListening(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(500) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`Prism did not start at ${url} within ${timeoutMs} ms`);
}

/**
 * Prism's validation proxy in front of a server: each answer is checked against the OpenAPI
 * document and violations come back in the `sl-violations` header.
 */
export async function startPrismProxy(document: string, upstreamUrl: string) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      'node_modules/@stoplight/prism-cli/dist/index.js',
      'proxy',
      document,
      upstreamUrl,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    { stdio: 'ignore' },
  );

  const url = `http://127.0.0.1:${port}`;
  await waitUntilListening(url, 30_000);

  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The response-side violations Prism reported for one answer. */
export function responseViolations(response: Response): { location: string[]; message: string }[] {
  const header = response.headers.get('sl-violations');
  if (!header) return [];

  const violations = JSON.parse(header) as { location: string[]; message: string }[];
  return violations.filter((violation) => violation.location[0] === 'response');
}
