import type { BenchSettings } from './bench-settings.ts';
import type { ServerResult } from './bench-results.ts';
import { findFreePort } from './launch/free-port.ts';
import { timeNpmScriptStart } from './launch/npm-script-cold-start.ts';
import { launchServer, type ServerProcess } from './launch/server-process.ts';
import { readMemory } from './measure/memory.ts';
import type { OktaWiring, ServerTarget } from './targets.ts';

/** A server measured at start and left running for the load; `finish` reads its peak and stops it. */
export interface StartedServer {
  target: ServerTarget;
  baseUrl: string;
  process: ServerProcess;
  finish(): Promise<ServerResult>;
}

// Stands for the port in a printed command; each run picks a free one.
const PORT_SENTINEL = 65_432;
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]*$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

/** The command line a reader can paste to start the same server. */
export function describeCommand(target: ServerTarget, okta?: OktaWiring): string {
  const command = target.command(PORT_SENTINEL, okta);
  const env = Object.entries(command.env ?? {}).map(
    ([name, value]) => `${name}=${shellQuote(value)}`,
  );
  const line = [...env, 'node', command.script, ...(command.args ?? [])].join(' ');

  return line.replaceAll(String(PORT_SENTINEL), '<port>');
}

async function measureColdStarts(target: ServerTarget, count: number, okta?: OktaWiring) {
  const timesMs: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = await launchServer(target.command(await findFreePort(), okta));
    timesMs.push(started.coldStartMs);
    await started.stop();
  }

  return timesMs;
}

// The same server started by its npm script: what a user who types `npm run ...` waits.
async function measureNpmColdStarts(target: ServerTarget, count: number, okta?: OktaWiring) {
  const timesMs: number[] = [];
  const script = target.npmScript;
  for (let i = 0; i < count && script; i++) {
    const port = await findFreePort();
    const { probe } = target.command(port, okta);
    timesMs.push(await timeNpmScriptStart(script.name, script.args(port), probe));
  }

  return timesMs;
}

/**
 * Starts one server in its own process after timing its cold starts, reads its memory half a
 * second after the first 200, and runs its after-start step. The load comes later.
 */
export async function startMeasuredServer(
  target: ServerTarget,
  settings: BenchSettings,
  okta: OktaWiring | undefined,
  log: (line: string) => void,
): Promise<StartedServer> {
  await target.beforeStart?.();
  const coldStartsMs = await measureColdStarts(target, settings.coldStarts, okta);
  log(`${target.id}: cold starts ${coldStartsMs.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  const npmColdStartsMs = await measureNpmColdStarts(target, settings.coldStarts, okta);
  if (target.npmScript) {
    const times = npmColdStartsMs.map((ms) => ms.toFixed(0)).join(', ');
    log(`${target.id}: cold starts by npm run ${target.npmScript.name}: ${times} ms`);
  }

  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const running = await launchServer(target.command(port, okta));
  await settle(500);
  const afterStartMb = readMemory(running.pid).rssMb;
  await target.afterStart?.(baseUrl);

  async function finish(): Promise<ServerResult> {
    const peakMb = readMemory(running.pid).peakMb;
    await running.stop();

    return {
      id: target.id,
      label: target.label,
      rawBaseline: target.rawBaseline,
      command: describeCommand(target, okta),
      coldStartsMs,
      npmScript: target.npmScript?.name,
      npmColdStartsMs,
      afterStartMb,
      peakMb,
    };
  }

  return { target, baseUrl, process: running, finish };
}
