import { createOktaMock, type OktaMockOptions } from '../../mock-server/okta/okta-mock.ts';
import { startMockHttpServer } from '../../mock-server/node/serve-mock.ts';

export const SSWS = { authorization: 'SSWS dev-okta-api-token' };

/** An Okta mock served on 127.0.0.1 (ephemeral port), with helpers for its Users API. */
export async function startOktaMock(options: OktaMockOptions = {}) {
  const okta = await createOktaMock({ rateLimit: false, ...options });
  const server = await startMockHttpServer({ handle: okta.handle });
  okta.setBaseUrl(server.url);

  function users(idOrLogin: string, init: RequestInit = {}) {
    return fetch(`${server.url}/api/v1/users/${encodeURIComponent(idOrLogin)}`, {
      ...init,
      headers: { ...SSWS, 'content-type': 'application/json', ...init.headers },
    });
  }

  function write(method: 'POST' | 'PUT', id: string, profile: unknown, headers = {}) {
    return users(id, { method, body: JSON.stringify({ profile }), headers });
  }

  function admin(method: string, path: string, body?: unknown) {
    return fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  return { okta, server, url: server.url, users, write, admin, close: () => server.close() };
}

export type OktaMockFixture = Awaited<ReturnType<typeof startOktaMock>>;

/** The `field: message` texts of an Okta error body. */
export function causesOf(body: { errorCauses: { errorSummary: string }[] }): string[] {
  return body.errorCauses.map((cause) => cause.errorSummary);
}
