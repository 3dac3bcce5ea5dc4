/**
 * Every failure the service can answer with, as a string code, its HTTP status and its title.
 *
 * The `/internal` mock answers with the same codes, so the two cannot disagree on a status.
 */
export const ERROR_CODES = {
  MALFORMED_BODY: { status: 400, title: 'Bad Request' },
  UNAUTHENTICATED: { status: 401, title: 'Unauthorized' },
  FORBIDDEN: { status: 403, title: 'Forbidden' },
  OKTA_USER_NOT_FOUND: { status: 404, title: 'Not Found' },
  ROUTE_NOT_FOUND: { status: 404, title: 'Not Found' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method Not Allowed' },
  PRECONDITION_FAILED: { status: 412, title: 'Precondition Failed' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'Payload Too Large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported Media Type' },
  VALIDATION_FAILED: { status: 422, title: 'Unprocessable Entity' },
  INTERNAL: { status: 500, title: 'Internal Server Error' },
  OKTA_MISCONFIGURED: { status: 500, title: 'Internal Server Error' },
  OKTA_BAD_ANSWER: { status: 502, title: 'Bad Gateway' },
  OKTA_RATE_LIMITED: { status: 503, title: 'Service Unavailable' },
  OKTA_TIMEOUT: { status: 504, title: 'Gateway Timeout' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
