import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { JWK } from 'jose';
import type { OktaUser } from '../okta/okta-user.ts';

/** What the mock keeps across restarts. */
export interface SavedState {
  version: 1;
  users: OktaUser[];
  signingKey?: JWK;
}

export class StateFileError extends Error {
  constructor(path: string, reason: string) {
    super(`The mock state file ${path} cannot be used: ${reason}. Fix or delete it.`);
    this.name = 'StateFileError';
  }
}

/** Reads the state file; undefined when there is none yet. */
export async function loadState(path: string): Promise<SavedState | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StateFileError(path, (error as Error).message);
  }

  let state: SavedState;
  try {
    state = JSON.parse(text) as SavedState;
  } catch {
    throw new StateFileError(path, 'it is not valid JSON');
  }
  if (state?.version !== 1 || !Array.isArray(state.users)) {
    throw new StateFileError(path, 'it has no version 1 user list');
  }

  return state;
}

/**
 * Saves state atomically (a temporary file in the same folder, then a rename), one write at a
 * time; a burst of changes collapses into the latest state.
 */
export function createStateWriter(path: string, snapshot: () => Promise<SavedState>) {
  let running: Promise<void> = Promise.resolve();
  let isQueued = false;

  async function writeNow() {
    isQueued = false;
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    await writeFile(temporary, `${JSON.stringify(await snapshot(), null, 2)}\n`);
    await rename(temporary, path);
  }

  return {
    save(): Promise<void> {
      if (isQueued) return running;

      isQueued = true;
      running = running.then(writeNow, writeNow);
      return running;
    },
  };
}
