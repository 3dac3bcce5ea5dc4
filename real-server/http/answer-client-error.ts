import type { Socket } from 'node:net';

/**
 * Answers what node:http refuses before any handler runs (a bad request line, oversized
 * headers) with the contract's JSON error body instead of a bare status line.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket) {
  if (!socket.writable) return socket.destroy();

  const isTooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = isTooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
  const body = JSON.stringify({
    title: isTooLarge ? 'Request Header Fields Too Large' : 'Bad Request',
    detail: isTooLarge ? 'The request headers are too large.' : 'The request is malformed.',
    instance: 'unknown',
  });
  socket.end(
    `HTTP/1.1 ${status}\r\ncontent-type: application/json; charset=utf-8\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
