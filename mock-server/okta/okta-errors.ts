import type { MockAnswer } from '../core/mock-exchange.ts';

/**
 * Okta's error codes this mock answers, with the status and summary Okta documents
 * (../shared/reference/okta-error-examples.yaml; E0000003 and E0000022 from Okta's error list).
 */
export const OKTA_ERRORS = {
  E0000001: { status: 400, summary: 'Api validation failed: {0}' },
  E0000003: { status: 400, summary: 'The request body was not well-formed.' },
  E0000006: { status: 403, summary: 'You do not have permission to perform the requested action' },
  E0000007: { status: 404, summary: 'Not found: {0}' },
  E0000009: { status: 500, summary: 'Internal Server Error' },
  E0000011: { status: 401, summary: 'Invalid token provided' },
  E0000022: { status: 405, summary: 'The endpoint does not support the provided HTTP method' },
  E0000047: { status: 429, summary: 'API call exceeded rate limit due to too many requests.' },
} as const;

/** One of the Okta error codes in OKTA_ERRORS. */
export type OktaErrorCode = keyof typeof OKTA_ERRORS;

/** Okta answers JSON without a charset parameter; the body is UTF-8 all the same. */
export const OKTA_CONTENT_TYPE = 'application/json';

// Okta's error ids are opaque 25-character tokens; fresh per answer, as Okta does.
const ID_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

function newErrorId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(22));
  let id = 'oae';
  for (const byte of bytes) id += ID_CHARACTERS[byte % ID_CHARACTERS.length];

  return id;
}

/** Whether a string names an error code this mock knows. */
export function isOktaErrorCode(code: unknown): code is OktaErrorCode {
  return typeof code === 'string' && Object.hasOwn(OKTA_ERRORS, code);
}

/** Okta's error body for a code, with `{0}` filled in and any causes (`field: message`). */
export function oktaErrorBody(code: OktaErrorCode, subject = '', causes: string[] = []) {
  return {
    errorCode: code,
    errorSummary: OKTA_ERRORS[code].summary.replace('{0}', subject),
    // Okta's own example links E0000009 to E0000000.
    errorLink: code === 'E0000009' ? 'E0000000' : code,
    errorId: newErrorId(),
    errorCauses: causes.map((errorSummary) => ({ errorSummary })),
  };
}

/** The answer Okta gives for an error code, with the given extra headers. */
export function oktaErrorAnswer(
  code: OktaErrorCode,
  options: {
    subject?: string;
    causes?: string[];
    headers?: Record<string, string>;
    status?: number;
    errorSummary?: string;
  } = {},
): MockAnswer {
  const body = oktaErrorBody(code, options.subject, options.causes);
  if (options.errorSummary !== undefined) body.errorSummary = options.errorSummary;

  return {
    status: options.status ?? OKTA_ERRORS[code].status,
    headers: { 'content-type': OKTA_CONTENT_TYPE, ...options.headers },
    body: JSON.stringify(body),
  };
}

/** The error code Okta uses for an HTTP status, for faults given only a status. */
export function oktaCodeForStatus(status: number): OktaErrorCode {
  for (const code of Object.keys(OKTA_ERRORS) as OktaErrorCode[]) {
    if (OKTA_ERRORS[code].status === status) return code;
  }

  return 'E0000009';
}
