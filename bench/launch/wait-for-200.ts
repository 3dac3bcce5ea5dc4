import { request } from 'node:http';

/** What the readiness poll sends: the endpoint under test, so "ready" means "answers it". */
export interface ReadyProbe {
  url: string;
  headers?: Record<string, string>;
}

function probeOnce(probe: ReadyProbe): Promise<number | undefined> {
  return new Promise((resolve) => {
    // No agent: each probe is a new connection, as a first client's would be.
    const req = request(probe.url, { headers: probe.headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.setTimeout(2000, () => req.destroy());
    req.on('error', () => resolve(undefined));
    req.end();
  });
}

/** Polls every few milliseconds until the probe answers 200; rejects at the deadline. */
export async function waitFor200(
  probe: ReadyProbe,
  timeoutMs: number,
  hasExited: () => boolean,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let lastStatus: number | undefined;

  while (performance.now() < deadline) {
    lastStatus = await probeOnce(probe);
    if (lastStatus === 200) return;
    if (hasExited()) throw new Error(`${probe.url}: the process exited before answering 200`);

    await new Promise((resolve) => setTimeout(resolve, 5));
  }

  throw new Error(`${probe.url}: no 200 within ${timeoutMs} ms (last status ${lastStatus})`);
}
