import type { MockAnswer } from '../core/mock-exchange.ts';
import type { Fault } from './faults.ts';
import {
  OKTA_CONTENT_TYPE,
  OKTA_ERRORS,
  oktaCodeForStatus,
  oktaErrorAnswer,
} from './okta-errors.ts';

// What a proxy in front of Okta answers when Okta is down.
const BAD_GATEWAY_PAGE = '<html><body><h1>502 Bad Gateway</h1></body></html>';

function oktaErrorFor(fault: Fault, rateHeaders: Record<string, string>, userId: string) {
  const code = fault.errorCode ?? oktaCodeForStatus(fault.status ?? 500);
  const status = fault.status ?? OKTA_ERRORS[code].status;
  const subject = code === 'E0000007' ? `Resource not found: ${userId} (User)` : 'login';
  const causes =
    fault.errorCauses ??
    (code === 'E0000001'
      ? ['login: An object with this field already exists in the current organization']
      : []);
  // A refused request has used up the window, as far as the caller can tell.
  const headers =
    code === 'E0000047' ? { ...rateHeaders, 'x-rate-limit-remaining': '0' } : rateHeaders;

  return oktaErrorAnswer(code, {
    subject,
    causes,
    headers,
    status,
    errorSummary: fault.errorSummary,
  });
}

/**
 * The answer a fault gives instead of (or, for latency, before) the normal one; undefined
 * means answer normally.
 */
export function answerForFault(
  fault: Fault,
  rateHeaders: Record<string, string>,
  userId: string,
): MockAnswer | undefined {
  const delayMs = fault.delayMs;

  switch (fault.kind) {
    case 'latency':
      return undefined;
    case 'okta-error':
      return { ...oktaErrorFor(fault, rateHeaders, userId), delayMs };
    case 'malformed-json':
      return {
        status: 200,
        headers: { 'content-type': OKTA_CONTENT_TYPE, ...rateHeaders },
        body: `{"id":"${userId.replace(/["\\]/g, '')}","profile":{"login":`,
        delayMs,
      };
    case 'non-json':
      return {
        status: fault.status ?? 502,
        headers: { 'content-type': 'text/html', ...rateHeaders },
        body: BAD_GATEWAY_PAGE,
        delayMs,
      };
    default:
      return { status: 0, headers: {}, fault: fault.kind, delayMs };
  }
}
