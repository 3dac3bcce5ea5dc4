import type { JWK } from 'jose';
import { createDevAuthorizationServer } from '../auth/dev-authorization-server.ts';
import { jsonAnswer, type MockAnswer, type MockRequest } from '../core/mock-exchange.ts';
import { readJsonBody } from '../core/read-json-body.ts';
import { createFaultList, describeFaultProblem, type FaultInput } from './faults.ts';
import { createRateLimiter, type RateLimitSettings } from './rate-limiter.ts';
import { seedOktaUsers } from './seed-users.ts';
import { createUsersApi } from './users-api.ts';
import { createOktaUserStore } from './user-store.ts';

export const DEFAULT_OKTA_API_TOKEN = 'dev-okta-api-token';

export interface OktaMockOptions {
  /** The `SSWS` token callers must send. */
  apiToken?: string;
  seed?: number;
  userCount?: number;
  /** Okta's per-endpoint limit; `false` turns it off (headers are still sent). */
  rateLimit?: RateLimitSettings | false;
  /** Keep users and the signing key in this file across restarts. */
  statePath?: string;
  /** This mock's own URL, for `_links` and the token issuer; settable once listening. */
  baseUrl?: string;
}

function problem(status: number, detail: string): MockAnswer {
  return jsonAnswer(status, { title: 'Bad Request', detail });
}

/**
 * The Okta side of the mock: the Users API over a stateful store, faults on demand, rate
 * limits, and the dev authorization server.
 *
 * @example const okta = await createOktaMock({ rateLimit: false });
 */
export async function createOktaMock(options: OktaMockOptions = {}) {
  let baseUrl = options.baseUrl ?? 'http://127.0.0.1';
  const seedUsers = () => seedOktaUsers({ seed: options.seed, count: options.userCount });
  // Loaded only when asked for, so browsers (MSW) never meet node:fs.
  const stateFile = options.statePath ? await import('../state/state-file.ts') : undefined;
  const saved = options.statePath ? await stateFile!.loadState(options.statePath) : undefined;

  const store = createOktaUserStore(saved?.users ?? seedUsers());
  const faults = createFaultList();
  const rateLimiter = createRateLimiter(options.rateLimit ?? { limit: 600, windowSeconds: 60 });
  const apiToken = options.apiToken ?? DEFAULT_OKTA_API_TOKEN;
  const authServer = await createDevAuthorizationServer({
    baseUrl: () => baseUrl,
    savedKey: saved?.signingKey as JWK | undefined,
  });
  const usersApi = createUsersApi({
    store, faults, rateLimiter, apiToken: () => apiToken, baseUrl: () => baseUrl,
  });

  if (options.statePath) {
    const writer = stateFile!.createStateWriter(options.statePath, async () => ({
      version: 1,
      users: store.list(),
      signingKey: await authServer.exportSigningKey(),
    }));
    store.onChange(() => void writer.save());
    if (!saved) await writer.save();
  }

  async function mintFor(idOrLogin: string, expiresInSeconds?: number) {
    const found = store.find(idOrLogin);
    if (!found) return undefined;

    const { id, profile } = found.user;
    return authServer.mintAccessToken({ userId: id, login: profile.login, expiresInSeconds });
  }

  async function handleAdmin(request: MockRequest): Promise<MockAnswer | undefined> {
    const route = `${request.method} ${request.path}`;

    if (route === 'POST /__mock/tokens') {
      const body = readJsonBody(request);
      if ('problem' in body) return problem(400, body.problem);

      const { user, expiresInSeconds } = (body.value ?? {}) as Record<string, unknown>;
      if (typeof user !== 'string') return problem(400, 'Name the user: {"user": "<login or id>"}.');

      const ttl = typeof expiresInSeconds === 'number' ? expiresInSeconds : 3600;
      const token = await mintFor(user, ttl);
      if (!token) return jsonAnswer(404, { title: 'Not Found', detail: `No Okta user ${user}.` });

      const userId = store.find(user)!.user.id;
      return jsonAnswer(200, { access_token: token, token_type: 'Bearer', expires_in: ttl, user_id: userId });
    }
    if (route === 'GET /__mock/okta/faults') return jsonAnswer(200, faults.list());
    if (route === 'DELETE /__mock/okta/faults') {
      faults.clear();
      return { status: 204, headers: {} };
    }
    if (route === 'POST /__mock/okta/faults') {
      const body = readJsonBody(request);
      const fault = 'value' in body ? body.value : undefined;
      const issue = 'problem' in body ? body.problem : describeFaultProblem(fault);
      if (issue) return problem(400, issue);

      return jsonAnswer(201, faults.add(fault as FaultInput));
    }
    if (route === 'PUT /__mock/okta/rate-limit') {
      const body = readJsonBody(request);
      const settings = 'value' in body ? (body.value as RateLimitSettings | false) : undefined;
      const isValid = settings === false
        || (Number.isInteger(settings?.limit) && Number.isInteger(settings?.windowSeconds));
      if (!isValid) return problem(400, 'Send {"limit": n, "windowSeconds": n} or false.');

      rateLimiter.configure(settings!);
      return jsonAnswer(200, { rateLimit: rateLimiter.settings() });
    }
    if (route === 'POST /__mock/okta/reset') {
      reset();
      return { status: 204, headers: {} };
    }

    return undefined;
  }

  function reset() {
    store.replaceAll(seedUsers());
    faults.clear();
    rateLimiter.configure(options.rateLimit ?? { limit: 600, windowSeconds: 60 });
  }

  async function handle(request: MockRequest): Promise<MockAnswer | undefined> {
    return (await usersApi.handle(request))
      ?? (await authServer.handle(request))
      ?? handleAdmin(request);
  }

  return {
    handle,
    store,
    faults,
    rateLimiter,
    authServer,
    apiToken,
    mintFor,
    reset,
    baseUrl: () => baseUrl,
    setBaseUrl(url: string) {
      baseUrl = url.replace(/\/+$/, '');
    },
  };
}

export type OktaMock = Awaited<ReturnType<typeof createOktaMock>>;
