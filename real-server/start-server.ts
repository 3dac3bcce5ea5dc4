import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import { createApp } from './app.ts';
import { createTokenVerifier } from './auth/token-verifier.ts';
import type { Config } from './config.ts';
import { createOktaClient } from './okta/okta-client.ts';

export interface RunningServer {
  url: string;
  server: Server;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then closes the rest. */
  close(graceMs?: number): Promise<void>;
}

// A bad request line or oversized headers never reaches Express; still answer JSON.
function answerClientError(error: NodeJS.ErrnoException, socket: Socket) {
  if (!socket.writable) return socket.destroy();

  const isTooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = isTooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
  const body = JSON.stringify({
    title: isTooLarge ? 'Request Header Fields Too Large' : 'Bad Request',
    detail: isTooLarge ? 'The request headers are too large.' : 'The request is malformed.',
    instance: 'unknown',
  });
  socket.end(
    `HTTP/1.1 ${status}\r\ncontent-type: application/json; charset=utf-8\r\n`
      + `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

/** Starts the real server from its settings: the Okta client, the verifier and the app. */
export async function startRealServer(config: Config, logger: Logger): Promise<RunningServer> {
  let isDraining = false;
  const oktaClient = createOktaClient({
    orgUrl: config.oktaOrgUrl,
    apiToken: config.oktaApiToken,
    timeoutMs: config.oktaTimeoutMs,
    logger,
  });
  const verifier = createTokenVerifier({
    issuer: config.oktaIssuer,
    audience: config.oktaAudience,
    algorithms: config.jwtAlgorithms,
  });
  const app = createApp({ oktaClient, verifier, logger, isDraining: () => isDraining });

  const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, app);
  server.keepAliveTimeout = 5_000;
  server.on('clientError', answerClientError);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));

  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  async function close(graceMs = 10_000) {
    isDraining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();

    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    await closed;
    clearTimeout(timer);
  }

  return { url, server, close };
}
