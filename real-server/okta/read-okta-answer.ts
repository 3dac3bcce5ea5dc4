import type { OktaResponse } from './okta-fetch.ts';
import { OktaFailure } from './okta-failure.ts';
import type { OktaErrorBody, OktaUser } from './okta-user.ts';
import { parseJsonOnce } from './parse-json-once.ts';

/** A user Okta returned, with the entity tag of that version. */
export interface OktaUserAnswer {
  user: OktaUser;
  etag: string | undefined;
}

function isTimeout(error: unknown): boolean {
  return (
    error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')
  );
}

function isOktaUser(value: unknown): value is OktaUser {
  const user = value as OktaUser | null;
  return (
    typeof user?.id === 'string' &&
    typeof user.profile === 'object' &&
    user.profile !== null &&
    typeof user.profile.login === 'string' &&
    typeof user.profile.email === 'string'
  );
}

function parseOktaError(text: string): OktaErrorBody | undefined {
  try {
    const body = JSON.parse(text) as OktaErrorBody | null;
    return typeof body?.errorCode === 'string' ? body : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Performs one Okta call and reads its answer fully, so that a timeout covers the body too,
 * and turns every way it can go wrong into an `OktaFailure`.
 */
export async function readOktaAnswer(
  send: () => Promise<OktaResponse>,
  timeoutMs: number,
): Promise<OktaUserAnswer> {
  let response: OktaResponse;
  let text: string;
  try {
    response = await send();
    text = await response.text();
  } catch (error) {
    if (isTimeout(error)) {
      throw new OktaFailure('timeout', `Okta did not answer within ${timeoutMs} ms.`, {
        cause: error,
      });
    }
    throw new OktaFailure('network', 'The connection to Okta failed.', { cause: error });
  }

  if (!response.ok) {
    const reset = Number(response.headers.get('x-rate-limit-reset'));
    throw new OktaFailure('status', `Okta answered ${response.status}.`, {
      status: response.status,
      oktaError: parseOktaError(text),
      rateLimitReset: Number.isFinite(reset) && reset > 0 ? reset : undefined,
    });
  }

  let user: unknown;
  try {
    user = parseJsonOnce(text);
  } catch (error) {
    throw new OktaFailure('bad-answer', 'Okta answered with a body that is not JSON.', {
      cause: error,
    });
  }
  if (!isOktaUser(user)) {
    throw new OktaFailure('bad-answer', 'Okta answered without a user object.');
  }

  return { user, etag: response.headers.get('etag') ?? undefined };
}
