import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { answerClientError } from '../../real-server/http/answer-client-error.ts';
import type { MockHandle } from '../core/in-process-fetch.ts';
import type { MockAnswer, MockRequest } from '../core/mock-exchange.ts';
import { readBody } from './read-body.ts';

/** A listening mock server and how to stop it. */
export interface MockHttpServer {
  url: string;
  port: number;
  server: Server;
  /** Stops listening and cuts every open connection, hung ones (`no-reply`) included. */
  close(): Promise<void>;
}

/** Where the adapter reports a handle that threw (pino's and console's `error` both fit). */
export interface MockServerLogger {
  error(details: object, message: string): void;
}

/** Options of startMockHttpServer: only `handle` is needed (127.0.0.1, port 0, 16 KiB). */
export interface MockHttpServerOptions {
  handle: MockHandle;
  host?: string;
  port?: number;
  maxBodyBytes?: number;
  logger?: MockServerLogger;
  /** Called with whatever a handle threw; kept for callers that predate `logger`. */
  onError?: (error: unknown) => void;
}

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };
const NOT_FOUND = JSON.stringify({ title: 'Not Found', detail: 'The mock serves no such path.' });
const BROKEN = JSON.stringify({ title: 'Internal Server Error', detail: 'The mock failed.' });

function toMockRequest(req: IncomingMessage, body: string | undefined, isTooLarge: boolean) {
  const url = req.url ?? '/';
  const queryAt = url.indexOf('?');
  // node:http already lower-cases names and joins repeats with ", " (set-cookie aside).
  const headers = req.headers as Record<string, string | undefined>;
  const cookies = req.headers['set-cookie'];
  if (cookies) headers['set-cookie'] = cookies.join(', ');

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

// Waits, unless the connection closes first (client gone, or server closing).
function waitUnlessClosed(res: ServerResponse, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      res.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    res.once('close', done);
  });
}

function send(res: ServerResponse, answer: MockAnswer) {
  const socket = res.socket;
  if (answer.fault === 'reset') return void socket?.resetAndDestroy();
  if (answer.fault === 'empty-reply') return void socket?.end();
  if (answer.fault === 'no-reply') return;

  // A known length sends head and body in one write instead of chunked encoding.
  const length = answer.body === undefined ? 0 : Buffer.byteLength(answer.body);
  res.writeHead(answer.status, { ...answer.headers, 'content-length': String(length) });
  res.end(answer.body);
}

/**
 * Serves a mock's handle on node:http: the fast path for `npm run mock`, with transport faults
 * done on the socket itself. A handle that throws gives a 500; the process stays up.
 *
 * @example const server = await startMockHttpServer({ handle: okta.handle });
 */
export async function startMockHttpServer(options: MockHttpServerOptions): Promise<MockHttpServer> {
  const sockets = new Set<Socket>();
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024;
  const host = options.host ?? '127.0.0.1';

  function report(error: unknown) {
    options.logger?.error({ err: error }, 'mock handle failed');
    options.onError?.(error);
  }

  const server = createServer({ keepAlive: true }, async (req, res) => {
    try {
      const hasBody =
        req.headers['content-length'] !== undefined ||
        req.headers['transfer-encoding'] !== undefined;
      const { body, isTooLarge } = hasBody
        ? await readBody(req, maxBodyBytes)
        : { body: undefined, isTooLarge: false };
      const answer = await options.handle(toMockRequest(req, body, isTooLarge));

      if (answer?.delayMs) await waitUnlessClosed(res, answer.delayMs);
      if (res.destroyed) return;

      if (answer) send(res, answer);
      else res.writeHead(404, JSON_TYPE).end(NOT_FOUND);
    } catch (error) {
      report(error);
      if (!res.headersSent && !res.destroyed) res.writeHead(500, JSON_TYPE).end(BROKEN);
    }
  });
  server.on('clientError', answerClientError);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
