import { spawn } from 'node:child_process';
import { waitFor200, type ReadyProbe } from './wait-for-200.ts';

/**
 * Spawn to first 200 of `npm run <script> -- <args>`, with the npm a user has on PATH: npm's
 * own start-up included. npm runs in its own process group so that it and the server it
 * started are stopped together, by that group's id.
 */
export async function timeNpmScriptStart(
  script: string,
  args: string[],
  probe: ReadyProbe,
): Promise<number> {
  const spawnedAt = performance.now();
  const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    stdio: 'ignore',
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  try {
    await waitFor200(probe, 30_000, () => child.exitCode !== null);
    return performance.now() - spawnedAt;
  } finally {
    if (child.exitCode === null) {
      process.kill(-child.pid!, 'SIGTERM');
      const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
  }
}
