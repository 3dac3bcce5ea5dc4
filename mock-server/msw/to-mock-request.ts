import type { MockRequest } from '../core/mock-exchange.ts';

const MAX_BODY_BYTES = 16 * 1024;

/** Converts a Fetch API request (what MSW hands a resolver) into the mock's request. */
export async function toMockRequest(request: Request): Promise<MockRequest> {
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });

  const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== null;
  const text = hasBody ? await request.text() : undefined;
  const isTooLarge = text !== undefined && new TextEncoder().encode(text).length > MAX_BODY_BYTES;

  const mockRequest: MockRequest = {
    method: request.method,
    path: url.pathname,
    query: url.searchParams,
    headers,
    body: isTooLarge ? undefined : text,
  };
  if (isTooLarge) mockRequest.bodyTooLarge = true;

  return mockRequest;
}
