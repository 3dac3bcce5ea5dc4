import { StateFileError } from '../state/state-file.ts';

/**
 * Turns the failures a user can fix (a port that is taken, a state file that cannot be used)
 * into one line saying what to do, instead of a stack trace; anything else is thrown on.
 */
export async function exitOnStartError<T>(
  start: Promise<T>,
  what: string,
  flag: string,
): Promise<T> {
  try {
    return await start;
  } catch (error) {
    if (error instanceof StateFileError) {
      console.error(error.message);
      process.exit(1);
    }

    const { code, port } = error as { code?: string; port?: number };
    if (code !== 'EADDRINUSE' && code !== 'EACCES') throw error;

    const problem = code === 'EADDRINUSE' ? 'taken' : 'not allowed';
    console.error(
      `The ${what} cannot listen on port ${port}: it is ${problem}. Pick another with ${flag}.`,
    );
    process.exit(1);
  }
}
