import type { IncomingMessage } from 'node:http';

/** A request body read as UTF-8 text, or only the news that it passed the size limit. */
export interface ReadBody {
  body: string | undefined;
  isTooLarge: boolean;
}

/**
 * Reads at most `maxBytes`; the rest is drained, not buffered, so a huge body costs no
 * memory, and the connection stays usable for the answer.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<ReadBody> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;

    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > maxBytes) return resolve({ body: undefined, isTooLarge: true });

      const body = size === 0 ? undefined : Buffer.concat(chunks, size).toString('utf8');
      resolve({ body, isTooLarge: false });
    });
    req.on('error', () => resolve({ body: undefined, isTooLarge: size > maxBytes }));
  });
}
