import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { StateFileError } from './state-file.ts';

// Lock files this process holds, removed when it exits however it exits normally.
const held = new Set<string>();
let isExitHookSet = false;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseAll() {
  for (const lock of held) {
    try {
      unlinkSync(lock);
    } catch {
      // Already gone: nothing to release.
    }
  }
  held.clear();
}

function readOwner(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Claims `<state file>.lock` for this process, so a second mock on the same state file is
 * refused instead of silently overwriting the first one's users. A lock left by a process
 * that is gone is taken over; mocks within one process may share the file.
 */
export function claimStateFile(path: string): void {
  const lock = `${path}.lock`;

  try {
    writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new StateFileError(path, `its lock ${lock} cannot be made`, { cause: error });
    }

    const owner = readOwner(lock);
    if (owner !== undefined && owner !== process.pid && isRunning(owner)) {
      throw new StateFileError(path, `another mock (PID ${owner}) is using it`, {
        advice: `Stop that one, or delete ${lock} if it is gone.`,
      });
    }
    writeFileSync(lock, `${process.pid}\n`);
  }

  held.add(lock);
  if (!isExitHookSet) {
    process.once('exit', releaseAll);
    isExitHookSet = true;
  }
}
