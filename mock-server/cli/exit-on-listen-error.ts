/**
 * Turns a port that is taken into one line naming the flag that picks another, instead of a
 * stack trace; any other error is thrown on.
 */
export async function exitOnListenError<T>(
  start: Promise<T>,
  what: string,
  flag: string,
): Promise<T> {
  try {
    return await start;
  } catch (error) {
    const { code, port } = error as { code?: string; port?: number };
    if (code !== 'EADDRINUSE' && code !== 'EACCES') throw error;

    console.error(
      `The ${what} cannot listen on port ${port}: it is ${code === 'EADDRINUSE' ? 'taken' : 'not allowed'}. Pick another with ${flag}.`,
    );
    process.exit(1);
  }
}
