import { createServer, type Server } from 'node:http';
import type { Logger } from 'pino';
import { createApp } from './app.ts';
import { createTokenVerifier } from './auth/token-verifier.ts';
import type { Config } from './config.ts';
import { answerClientError } from './http/answer-client-error.ts';
import { createOktaClient } from './okta/okta-client.ts';

export interface RunningServer {
  url: string;
  server: Server;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then closes the rest. */
  close(graceMs?: number): Promise<void>;
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
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });

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
