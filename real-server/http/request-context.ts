import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

// A caller's id is kept only when it cannot smuggle anything into logs or headers.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request id of this request, set by `requestContext`. */
export function requestIdOf(locals: Record<string, unknown>): string {
  return (locals.requestId as string | undefined) ?? 'unknown';
}

/**
 * Gives each request an id (the caller's `X-Request-Id` when it is safe, else a new UUID),
 * answers it in `X-Request-Id`, and logs one line per request when it finishes.
 */
export function requestContext(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.headers['x-request-id'];
    const requestId =
      typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const startedAt = performance.now();

    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);

    res.on('finish', () => {
      const status = res.statusCode;
      const entry = {
        requestId,
        method: req.method,
        path: req.path,
        status,
        durationMs: Math.round((performance.now() - startedAt) * 10) / 10,
      };
      if (status >= 500) logger.error(entry, 'request failed');
      else logger.info(entry, 'request completed');
    });

    next();
  };
}
