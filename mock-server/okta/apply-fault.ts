import type { MockAnswer } from '../core/mock-exchange.ts';
import type { Fault } from './faults.ts';
import { oktaCodeForStatus, oktaErrorAnswer } from './okta-errors.ts';

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
    case 'okta-error': {
      const code = oktaCodeForStatus(fault.status ?? 500);
      const subject = code === 'E0000007' ? `Resource not found: ${userId} (User)` : 'login';
      const causes = fault.errorCauses ?? (code === 'E0000001'
        ? ['login: An object with this field already exists in the current organization']
        : []);
      const answer = oktaErrorAnswer(code, { subject, causes, headers: rateHeaders });
      if (fault.errorSummary !== undefined) {
        answer.body = JSON.stringify({ ...JSON.parse(answer.body!), errorSummary: fault.errorSummary });
      }
      return { ...answer, status: fault.status ?? answer.status, delayMs };
    }
    case 'malformed-json':
      return {
        status: 200,
        headers: { 'content-type': 'application/json', ...rateHeaders },
        body: '{"id":"00u","profile":{"login":',
        delayMs,
      };
    case 'non-json':
      return {
        status: 502,
        headers: { 'content-type': 'text/html', ...rateHeaders },
        body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
        delayMs,
      };
    default:
      return { status: 0, headers: {}, fault: fault.kind, delayMs };
  }
}
