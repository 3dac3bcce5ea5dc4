import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { ApiError } from './api-error.ts';
import { toErrorAnswer } from './error-answer.ts';
import { requestIdOf } from './request-context.ts';

// body-parser reports its failures by `type`; these are the caller's fault, not ours.
const BODY_PARSER_ERRORS: Record<string, () => ApiError> = {
  'entity.too.large': () =>
    new ApiError('PAYLOAD_TOO_LARGE', 'The request body is larger than 16 KiB.'),
  'charset.unsupported': () =>
    new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json in UTF-8.'),
  'encoding.unsupported': () =>
    new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Send the body without a Content-Encoding.'),
  'request.size.invalid': () =>
    new ApiError('MALFORMED_BODY', 'The request body does not match its Content-Length.'),
  'request.aborted': () => new ApiError('MALFORMED_BODY', 'The request body was cut short.'),
};

function causeSummary(error: unknown): Record<string, unknown> {
  const cause = error instanceof Error ? error.cause : undefined;
  if (!(cause instanceof Error)) return {};

  return { cause: { type: cause.name, message: cause.message } };
}

/**
 * The one place a failed request is answered: the contract's JSON error body, never a stack.
 * 5xx are logged as errors with their cause; a refused Okta API token is named as such.
 */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const parserError = (error as { type?: string } | null)?.type;
    const known = parserError && BODY_PARSER_ERRORS[parserError]?.();
    const requestId = requestIdOf(res.locals);
    const answer = toErrorAnswer(known || error, requestId);

    if (error instanceof ApiError && error.code === 'OKTA_MISCONFIGURED') {
      logger.error(
        { requestId, code: error.code },
        'okta refused the api token: check OKTA_API_TOKEN',
      );
    } else if (answer.status >= 500) {
      const code = error instanceof ApiError ? error.code : 'INTERNAL';
      const stack = error instanceof ApiError ? undefined : (error as Error | null)?.stack;
      logger.error({ requestId, code, ...causeSummary(error), stack }, 'request error');
    }

    if (res.headersSent) return;
    res.status(answer.status).set(answer.headers).json(answer.body);
  };
}
