import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { TokenVerifier } from './auth/token-verifier.ts';
import { ApiError } from './http/api-error.ts';
import { errorMiddleware } from './http/error-middleware.ts';
import { requestContext } from './http/request-context.ts';
import { securityHeaders } from './http/security-headers.ts';
import type { OktaClient } from './okta/okta-client.ts';
import { profileRoutes } from './profile/profile-routes.ts';
import { createProfileService } from './profile/profile-service.ts';

export interface AppDependencies {
  oktaClient: OktaClient;
  verifier: TokenVerifier;
  logger: Logger;
  /** Answers `/readyz` with 503 once the server is draining. */
  isDraining?: () => boolean;
}

/**
 * Builds the Express app from what it depends on, so tests hand in their own Okta client,
 * verifier and logger instead of changing the environment.
 */
export function createApp(deps: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');

  app.use(requestContext(deps.logger), securityHeaders);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    const isDraining = deps.isDraining?.() ?? false;
    res.status(isDraining ? 503 : 200).json({ status: isDraining ? 'draining' : 'ready' });
  });

  app.use(profileRoutes(createProfileService(deps.oktaClient), deps.verifier));

  app.use((req) => {
    throw new ApiError('ROUTE_NOT_FOUND', `No route for ${req.method} ${req.path}.`);
  });
  app.use(errorMiddleware(deps.logger));

  return app;
}
