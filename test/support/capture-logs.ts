import { Writable } from 'node:stream';
import { createLogger } from '../../real-server/logging/create-logger.ts';

/** A real pino logger whose JSON lines the test can read back. */
export function captureLogs(level = 'debug') {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });

  return {
    logger: createLogger({ level }, destination),
    lines,
    text: () => lines.join('\n'),
  };
}
