import { spawn } from 'node:child_process';

/** Runs a Node script of this repository to its end and returns what it printed on stdout. */
export function runScript(
  script: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<string> {
  const child = spawn(process.execPath, [script], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);

  return new Promise((resolve, reject) => {
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout);
      else reject(new Error(`${script} ended with ${signal ?? code}:\n${stderr.slice(-4000)}`));
    });
  });
}
