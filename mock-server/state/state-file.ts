import { readFile, readlink, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { JWK } from 'jose';
import type { OktaUser } from '../okta/okta-user.ts';

/** What the mock keeps across restarts. */
export interface SavedState {
  version: 1;
  users: OktaUser[];
  signingKey?: JWK;
}

/** A state file that exists but cannot be used; the message names the file. */
export class StateFileError extends Error {
  readonly path: string;

  constructor(path: string, reason: string, options?: ErrorOptions & { advice?: string }) {
    const advice = options?.advice ?? 'Fix or delete it.';
    super(`The mock state file ${path} cannot be used: ${reason}. ${advice}`, options);
    this.name = 'StateFileError';
    this.path = path;
  }
}

// Enough to build the store's index and answer requests; anything else is the file's business.
function findBrokenUser(users: unknown[]): number {
  return users.findIndex((entry) => {
    const user = entry as Partial<OktaUser> | null;
    return (
      typeof user?.id !== 'string' ||
      typeof user.profile !== 'object' ||
      user.profile === null ||
      typeof user.profile.login !== 'string' ||
      typeof user.lastUpdated !== 'string' ||
      typeof user.type?.id !== 'string'
    );
  });
}

/** Reads the state file; undefined when there is none yet, StateFileError when it is unusable. */
export async function loadState(path: string): Promise<SavedState | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StateFileError(path, (error as Error).message, { cause: error });
  }

  let state: SavedState;
  try {
    state = JSON.parse(text) as SavedState;
  } catch (error) {
    throw new StateFileError(path, 'it is not valid JSON', { cause: error });
  }
  if (state?.version !== 1 || !Array.isArray(state.users)) {
    throw new StateFileError(path, 'it has no version 1 user list');
  }
  const broken = findBrokenUser(state.users);
  if (broken !== -1) {
    throw new StateFileError(path, `user ${broken} lacks an id, a login, lastUpdated or a type`);
  }
  const key = state.signingKey;
  if (key !== undefined && (typeof key?.n !== 'string' || typeof key.d !== 'string')) {
    throw new StateFileError(path, 'its signingKey is not a private RSA key');
  }

  return state;
}

let writeCount = 0;

// Where a save must land: through a symlink (even one whose file does not exist yet), so the
// link survives the rename that makes the save atomic.
async function writeTargetOf(path: string): Promise<string> {
  const real = await realpath(path).catch(() => undefined);
  if (real) return real;

  const linked = await readlink(path).catch(() => undefined);
  return linked ? resolve(dirname(path), linked) : path;
}

/**
 * Saves state atomically (a temporary file in the same folder, then a rename), one write at a
 * time; a burst of changes collapses into the latest state. A failed write goes to `onError`
 * and never rejects, so a full disk cannot take the mock down.
 */
export function createStateWriter(
  path: string,
  snapshot: () => Promise<SavedState>,
  onError: (error: unknown) => void,
) {
  let running: Promise<void> = Promise.resolve();
  let isQueued = false;

  async function writeNow() {
    isQueued = false;
    writeCount += 1;
    const target = await writeTargetOf(path);
    const temporary = join(
      dirname(target),
      `.${basename(target)}.${process.pid}.${writeCount}.tmp`,
    );

    try {
      // Owner-only: the file holds the dev authorization server's private signing key.
      await writeFile(temporary, `${JSON.stringify(await snapshot(), null, 2)}\n`, {
        mode: 0o600,
      });
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => {});
      const reason = `saving it failed (${(error as Error).message})`;
      onError(new StateFileError(path, reason, { cause: error }));
    }
  }

  return {
    /** Resolves once the latest state is on disk (or its failure reported). */
    save(): Promise<void> {
      if (isQueued) return running;

      isQueued = true;
      running = running.then(writeNow);
      return running;
    },
  };
}
