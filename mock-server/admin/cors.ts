import type { MockAnswer, MockRequest } from '../core/mock-exchange.ts';

const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'if-match',
  'x-mock-scenario',
  'x-mock-user',
  'x-request-id',
].join(', ');
const EXPOSED_HEADERS = [
  'etag',
  'retry-after',
  'www-authenticate',
  'x-mock-note',
  'x-request-id',
  'x-rate-limit-limit',
  'x-rate-limit-remaining',
  'x-rate-limit-reset',
].join(', ');
const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/**
 * Decides whether a browser origin may call the mock with credentials: any local dev server
 * by default, or exactly the configured list.
 */
export function isOriginAllowed(origin: string, allowList: readonly string[] | undefined): boolean {
  return allowList ? allowList.includes(origin) : LOCAL_ORIGIN.test(origin);
}

/** Headers that let an allowed origin read the answer, sending cookies too. */
export function corsHeaders(origin: string): Record<string, string> {
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': EXPOSED_HEADERS,
    vary: 'Origin',
  };
}

/** The answer to a CORS preflight, or undefined when the request is not one. */
export function answerPreflight(
  request: MockRequest,
  allowList: readonly string[] | undefined,
): MockAnswer | undefined {
  const origin = request.headers.origin;
  if (
    request.method !== 'OPTIONS' ||
    !origin ||
    !request.headers['access-control-request-method']
  ) {
    return undefined;
  }
  if (!isOriginAllowed(origin, allowList)) return { status: 403, headers: { vary: 'Origin' } };

  return {
    status: 204,
    headers: {
      ...corsHeaders(origin),
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
      'access-control-allow-headers': ALLOWED_HEADERS,
      'access-control-max-age': '600',
    },
  };
}
