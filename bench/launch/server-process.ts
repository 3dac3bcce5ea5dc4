import { spawn } from 'node:child_process';
import { waitFor200, type ReadyProbe } from './wait-for-200.ts';

/** One server to run in its own process: a Node script of this repository, plus how to probe it. */
export interface ServerCommand {
  script: string;
  args?: string[];
  env?: Record<string, string>;
  /** Flags for node itself, such as `--cpu-prof`. */
  nodeFlags?: string[];
  probe: ReadyProbe;
  readyTimeoutMs?: number;
  /** Keep stdout (for a child that prints its wiring); otherwise it goes to /dev/null. */
  keepStdout?: boolean;
}

/** A child server started and stopped by its PID. */
export interface ServerProcess {
  pid: number;
  /** From spawn() to the first 200 on the probe, in milliseconds. */
  coldStartMs: number;
  stdout(): string;
  stop(): Promise<void>;
}

const KEPT_OUTPUT = 64 * 1024;

/** Spawns the script with this Node and resolves once its probe answers 200. */
export async function launchServer(command: ServerCommand): Promise<ServerProcess> {
  const argv = [...(command.nodeFlags ?? []), command.script, ...(command.args ?? [])];
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...command.env };

  const spawnedAt = performance.now();
  const child = spawn(process.execPath, argv, {
    env,
    stdio: ['ignore', command.keepStdout ? 'pipe' : 'ignore', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => (stdout = (stdout + chunk).slice(-KEPT_OUTPUT)));
  child.stderr?.on('data', (chunk) => (stderr = (stderr + chunk).slice(-KEPT_OUTPUT)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  async function stop() {
    if (child.exitCode !== null || child.signalCode !== null) return;

    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }

  try {
    const hasExited = () => child.exitCode !== null;
    await waitFor200(command.probe, command.readyTimeoutMs ?? 30_000, hasExited);
  } catch (error) {
    await stop();
    throw new Error(`${command.script} did not start: ${(error as Error).message}\n${stderr}`);
  }

  return {
    pid: child.pid!,
    coldStartMs: performance.now() - spawnedAt,
    stdout: () => stdout,
    stop,
  };
}
