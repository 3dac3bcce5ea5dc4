import type { MockRequest } from '../core/mock-exchange.ts';

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const pair of header?.split(';') ?? []) {
    const [key, ...rest] = pair.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return undefined;
      }
    }
  }

  return undefined;
}

/**
 * The Okta user (id or login) a `/internal` mock request acts as: the `X-Mock-User` header,
 * else the `mock_user` cookie, else the default. Stands in for the token a real caller sends.
 */
export function pickUser(request: MockRequest, fallback: string): string {
  const asked = request.headers['x-mock-user'] ?? readCookie(request.headers.cookie, 'mock_user');

  return asked?.trim() || fallback;
}
