import type { OktaFetch, OktaResponse } from '../../real-server/okta/okta-fetch.ts';
import type { MockAnswer, MockRequest } from './mock-exchange.ts';

export type MockHandle = (request: MockRequest) => Promise<MockAnswer | undefined>;

function waitFor(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);

    const timer = ms === Infinity ? undefined : setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

function connectionFailure(code: string): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });
}

// Answers name their headers in lower case; any other spelling is looked up the long way.
function readHeader(headers: Record<string, string>, name: string): string | null {
  const lower = name.toLowerCase();
  const direct = headers[lower];
  if (direct !== undefined) return direct;

  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === lower) return value;
  }
  return null;
}

// A plain answer object: building a web-streams Response per call costs more than the mock itself.
function toOktaResponse(answer: MockAnswer): OktaResponse {
  return {
    ok: answer.status >= 200 && answer.status < 300,
    status: answer.status,
    headers: { get: (name) => readHeader(answer.headers, name) },
    text: async () => answer.body ?? '',
  };
}

/**
 * The Okta client's `fetch`, answered by a mock's handle in the same process with no socket,
 * failing the way Node's fetch fails for transport faults (reset, empty reply, no reply).
 */
export function createInProcessFetch(handle: MockHandle): OktaFetch {
  // The Okta client asks for the same few URLs over and over; the last one is parsed once.
  let lastUrl: URL | undefined;

  return async (url, init) => {
    if (lastUrl?.href !== url) lastUrl = new URL(url);
    const request: MockRequest = {
      method: init.method.toUpperCase(),
      path: lastUrl.pathname,
      query: new URLSearchParams(lastUrl.search),
      headers: init.headers,
      body: init.body,
    };

    const answer = await handle(request);
    if (!answer) return toOktaResponse({ status: 404, headers: {} });

    if (answer.delayMs) await waitFor(answer.delayMs, init.signal);
    if (answer.fault === 'no-reply') await waitFor(Infinity, init.signal);
    if (answer.fault === 'reset') throw connectionFailure('ECONNRESET');
    if (answer.fault === 'empty-reply') throw connectionFailure('UND_ERR_SOCKET');

    return toOktaResponse(answer);
  };
}
