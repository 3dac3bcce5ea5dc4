import type { MockRequest } from './mock-exchange.ts';

/** The request's JSON body, or an error message for the caller when it is not JSON. */
export function readJsonBody(request: MockRequest): { value: unknown } | { problem: string } {
  if (request.bodyTooLarge) return { problem: 'The request body is too large.' };

  try {
    return { value: JSON.parse(request.body ?? '') };
  } catch {
    return { problem: 'The request body must be JSON.' };
  }
}
