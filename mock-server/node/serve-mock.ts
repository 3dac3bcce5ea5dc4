import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { answerClientError } from '../../real-server/http/answer-client-error.ts';
import type { MockHandle } from '../core/in-process-fetch.ts';
import type { MockAnswer, MockRequest } from '../core/mock-exchange.ts';

export interface MockHttpServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

const NOT_FOUND = JSON.stringify({ title: 'Not Found', detail: 'The mock serves no such path.' });
const BROKEN = JSON.stringify({ title: 'Internal Server Error', detail: 'The mock failed.' });

function toMockRequest(req: IncomingMessage, body: string | undefined, isTooLarge: boolean) {
  const url = req.url ?? '/';
  const queryAt = url.indexOf('?');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }

  const request: MockRequest = {
    method: req.method ?? 'GET',
    path: queryAt === -1 ? url : url.slice(0, queryAt),
    query: new URLSearchParams(queryAt === -1 ? '' : url.slice(queryAt + 1)),
    headers,
    body,
  };
  if (isTooLarge) request.bodyTooLarge = true;

  return request;
}

// Reads at most maxBytes; the rest is drained, not buffered, so a huge body costs no memory.
function readBody(req: IncomingMessage, maxBytes: number) {
  return new Promise<{ body: string | undefined; isTooLarge: boolean }>((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let isTooLarge = false;

    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) isTooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      const body = size === 0 ? undefined : Buffer.concat(chunks).toString('utf8');
      resolve({ body: isTooLarge ? undefined : body, isTooLarge });
    });
    req.on('error', () => resolve({ body: undefined, isTooLarge }));
  });
}

function send(res: ServerResponse, answer: MockAnswer) {
  const socket = res.socket;
  if (answer.fault === 'reset') return socket?.resetAndDestroy();
  if (answer.fault === 'empty-reply') return socket?.end();
  if (answer.fault === 'no-reply') return;

  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
}

/**
 * Serves a mock's handle on node:http: the fast path for `npm run mock`, with transport faults
 * done on the socket itself. A handle that throws gives a 500; the process stays up.
 */
export async function startMockHttpServer(options: {
  handle: MockHandle;
  host?: string;
  port?: number;
  maxBodyBytes?: number;
  onError?: (error: unknown) => void;
}): Promise<MockHttpServer> {
  const sockets = new Set<Socket>();
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024;

  const server = createServer({ keepAlive: true }, async (req, res) => {
    try {
      const hasBody = req.headers['content-length'] !== undefined
        || req.headers['transfer-encoding'] !== undefined;
      const { body, isTooLarge } = hasBody
        ? await readBody(req, maxBodyBytes)
        : { body: undefined, isTooLarge: false };
      const answer = await options.handle(toMockRequest(req, body, isTooLarge));

      if (answer?.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
      if (!answer) {
        res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' }).end(NOT_FOUND);
      } else send(res, answer);
    } catch (error) {
      options.onError?.(error);
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' }).end(BROKEN);
      }
    }
  });
  server.on('clientError', answerClientError);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => {
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const host = options.host ?? '127.0.0.1';

  return {
    url: `http://${host}:${port}`,
    port,
    server,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    }),
  };
}
