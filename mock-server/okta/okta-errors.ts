import { jsonAnswer, type MockAnswer } from '../core/mock-exchange.ts';

/** Okta's error codes this mock answers, with the status and summary Okta documents. */
export const OKTA_ERRORS = {
  E0000001: { status: 400, summary: 'Api validation failed: {0}' },
  E0000003: { status: 400, summary: 'The request body was not well-formed.' },
  E0000006: { status: 403, summary: 'You do not have permission to perform the requested action' },
  E0000007: { status: 404, summary: 'Not found: {0}' },
  E0000009: { status: 500, summary: 'Internal Server Error' },
  E0000011: { status: 401, summary: 'Invalid token provided' },
  E0000047: { status: 429, summary: 'API call exceeded rate limit due to too many requests.' },
} as const;

export type OktaErrorCode = keyof typeof OKTA_ERRORS;

// Okta's error ids are opaque 25-character tokens; fresh per answer, as Okta does.
const ID_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

function newErrorId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(22));
  return [...bytes].map((byte) => ID_CHARACTERS[byte % ID_CHARACTERS.length]).join('');
}

/** Okta's error body for a code, with `{0}` filled in and any causes (`field: message`). */
export function oktaErrorBody(code: OktaErrorCode, subject = '', causes: string[] = []) {
  return {
    errorCode: code,
    errorSummary: OKTA_ERRORS[code].summary.replace('{0}', subject),
    errorLink: code === 'E0000009' ? 'E0000000' : code,
    errorId: `oae${newErrorId()}`,
    errorCauses: causes.map((errorSummary) => ({ errorSummary })),
  };
}

/** The answer Okta gives for an error code, with the given extra headers. */
export function oktaErrorAnswer(
  code: OktaErrorCode,
  options: { subject?: string; causes?: string[]; headers?: Record<string, string> } = {},
): MockAnswer {
  const body = oktaErrorBody(code, options.subject, options.causes);

  return jsonAnswer(OKTA_ERRORS[code].status, body, options.headers);
}

/** The error code Okta uses for an HTTP status, for faults given only a status. */
export function oktaCodeForStatus(status: number): OktaErrorCode {
  const match = (Object.keys(OKTA_ERRORS) as OktaErrorCode[])
    .find((code) => OKTA_ERRORS[code].status === status);

  return match ?? 'E0000009';
}
