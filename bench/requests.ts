import type { LoadRequest } from './measure/load-runner.ts';

const PROFILE_PATH = '/internal/okta-profile';
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
let writeCount = 0;

// A different first name on every POST, so each one is a write, not an empty update's read.
function nextUpdateBody(): string {
  const n = writeCount++ % LETTERS.length ** 2;
  const name = `Bench${LETTERS[Math.floor(n / LETTERS.length)]}${LETTERS[n % LETTERS.length]}`;

  return JSON.stringify({ profile: { firstName: name } });
}

/** `GET /internal/okta-profile` with a bearer token (any string where none is checked). */
export function profileGet(baseUrl: string, token = 'bench'): LoadRequest {
  return { url: `${baseUrl}${PROFILE_PATH}`, headers: { authorization: `Bearer ${token}` } };
}

/** `POST /internal/okta-profile` changing the first name, a new one each time. */
export function profilePost(baseUrl: string): LoadRequest {
  return {
    url: `${baseUrl}${PROFILE_PATH}`,
    method: 'POST',
    headers: { authorization: 'Bearer bench', 'content-type': 'application/json' },
    makeBody: nextUpdateBody,
  };
}

/** Okta's `GET /api/v1/users/{id}` with the `SSWS` API token. */
export function oktaUserGet(baseUrl: string, userId: string, apiToken: string): LoadRequest {
  return {
    url: `${baseUrl}/api/v1/users/${userId}`,
    headers: { authorization: `SSWS ${apiToken}`, accept: 'application/json' },
  };
}
