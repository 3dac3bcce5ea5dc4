import { startCallTimeout } from './call-timeout.ts';
import type { OktaFetch } from './okta-fetch.ts';
import { OktaFailure } from './okta-failure.ts';
import { readOktaAnswer, type OktaUserAnswer } from './read-okta-answer.ts';
import type { OktaUserProfile } from './okta-user.ts';

export interface OktaClientOptions {
  orgUrl: string;
  apiToken: string;
  timeoutMs: number;
  logger: { debug(details: object, message: string): void };
  /** Injected so the `/internal` mock can route calls to the in-process Okta mock. */
  fetch?: OktaFetch;
}

export interface OktaCallContext {
  requestId: string;
  ifMatch?: string;
}

export interface OktaClient {
  getUser(userId: string, context: OktaCallContext): Promise<OktaUserAnswer>;
  updateProfile(
    userId: string,
    profile: Partial<OktaUserProfile>,
    context: OktaCallContext,
  ): Promise<OktaUserAnswer>;
}

/**
 * Encodes an Okta user id or login as one path segment. Dot segments are refused outright,
 * since URL parsing would resolve them (even percent-encoded) into another path.
 */
function toUserPath(userId: string): string {
  if (userId === '' || /^(\.|%2e){1,2}$/i.test(userId)) {
    throw new OktaFailure('status', 'The Okta user id is not a valid path segment.', {
      status: 404,
    });
  }

  return `/api/v1/users/${encodeURIComponent(userId)}`;
}

/**
 * A client for the two Users API calls the service makes, on Node's fetch (whose global
 * dispatcher keeps connections alive), with SSWS auth, a request id and a hard timeout.
 */
export function createOktaClient(options: OktaClientOptions): OktaClient {
  const fetchImpl: OktaFetch = options.fetch ?? globalThis.fetch;
  const orgUrl = options.orgUrl.replace(/\/+$/, '');

  async function call(
    method: 'GET' | 'POST',
    userId: string,
    context: OktaCallContext,
    body?: unknown,
  ): Promise<OktaUserAnswer> {
    const url = orgUrl + toUserPath(userId);
    const headers: Record<string, string> = {
      accept: 'application/json',
      authorization: `SSWS ${options.apiToken}`,
      'x-request-id': context.requestId,
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (context.ifMatch) headers['if-match'] = context.ifMatch;

    const startedAt = performance.now();
    const timeout = startCallTimeout(options.timeoutMs);
    const init = {
      method,
      headers,
      signal: timeout.signal,
      body: body === undefined ? undefined : JSON.stringify(body),
    };
    let answer: OktaUserAnswer;
    try {
      answer = await readOktaAnswer(() => fetchImpl(url, init), options.timeoutMs);
    } finally {
      timeout.clear();
    }

    const durationMs = Math.round(performance.now() - startedAt);
    options.logger.debug(
      { requestId: context.requestId, oktaUserId: userId, method, durationMs },
      'okta call answered',
    );

    return answer;
  }

  return {
    getUser: (userId, context) => call('GET', userId, context),
    updateProfile: (userId, profile, context) => call('POST', userId, context, { profile }),
  };
}
