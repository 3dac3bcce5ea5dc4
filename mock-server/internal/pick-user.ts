import type { MockRequest } from '../core/mock-exchange.ts';

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const pair of header?.split(';') ?? []) {
    const [key, ...rest] = pair.trim().split('=');
    if (key === name) {
      const value = rest.join('=');
      try {
        return decodeURIComponent(value);
      } catch {
        // Broken percent-encoding names nobody; kept as sent so the caller sees a 404 and
        // the mock's note, rather than silently acting as the default user.
        return value;
      }
    }
  }

  return undefined;
}

const LATIN1_ONLY_WITH_HIGH_BYTES = /^[\x00-\xff]*[\x80-\xff][\x00-\xff]*$/;

// Node reads header bytes as Latin-1, so a UTF-8 login (sam.noedipí@…) arrives as mojibake;
// read it back as UTF-8 when that is what the bytes are.
function asUtf8(value: string): string {
  if (!LATIN1_ONLY_WITH_HIGH_BYTES.test(value)) return value;

  // TextDecoder rather than Buffer: the MSW handlers run this in browsers too.
  const bytes = Uint8Array.from(value, (character) => character.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return value;
  }
}

/**
 * The Okta user (id or login) a `/internal` mock request acts as: the `X-Mock-User` header,
 * else the `mock_user` cookie, else the default. Stands in for the token a real caller sends.
 */
export function pickUser(request: MockRequest, fallback: string): string {
  const header = request.headers['x-mock-user'];
  const asked =
    header !== undefined ? asUtf8(header) : readCookie(request.headers.cookie, 'mock_user');

  return asked?.trim() || fallback;
}
