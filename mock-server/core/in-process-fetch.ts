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

function toHeaderRecord(headers: HeadersInit | undefined): Record<string, string> {
  const record: Record<string, string> = {};
  new Headers(headers).forEach((value, name) => {
    record[name] = value;
  });

  return record;
}

function connectionFailure(code: string): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });
}

/**
 * A `fetch` that hands requests to a mock's handle in the same process, with no socket, and
 * fails the way Node's fetch fails for transport faults (reset, empty reply, no reply).
 */
export function createInProcessFetch(handle: MockHandle): typeof globalThis.fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const signal = init?.signal;
    const request: MockRequest = {
      method: (init?.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      headers: toHeaderRecord(init?.headers),
      body: typeof init?.body === 'string' ? init.body : undefined,
    };

    const answer = await handle(request);
    if (!answer) return new Response(null, { status: 404 });

    if (answer.delayMs) await waitFor(answer.delayMs, signal);
    if (answer.fault === 'no-reply') await waitFor(Infinity, signal);
    if (answer.fault === 'reset') throw connectionFailure('ECONNRESET');
    if (answer.fault === 'empty-reply') throw connectionFailure('UND_ERR_SOCKET');

    return new Response(answer.body ?? null, { status: answer.status, headers: answer.headers });
  };
}
