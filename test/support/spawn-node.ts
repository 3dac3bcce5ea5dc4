import { spawn, type ChildProcess } from 'node:child_process';

/** A Node script of this repository in its own process, with its output collected. */
export function spawnNode(script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  return spawnCommand(process.execPath, [script, ...args], env);
}

/** Any command (such as `npm run …`) in its own process, with its output collected. */
export function spawnCommand(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const script = [command, ...args].join(' ');
  const child: ChildProcess = spawn(command, args, {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));

  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );

  async function waitForOutput(pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const match = output.match(pattern);
      if (match) return match;
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no ${pattern} in the output of ${script}:\n${output}`);
  }

  return {
    child,
    output: () => output,
    exited,
    waitForOutput,
    stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
