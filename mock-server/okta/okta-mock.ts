import {
  createDevAuthorizationServer,
  type MintOptions,
} from '../auth/dev-authorization-server.ts';
import type { MockAnswer, MockRequest } from '../core/mock-exchange.ts';
import { createFaultList } from './faults.ts';
import { createOktaAdminRoutes } from './okta-admin-routes.ts';
import { createRateLimiter, type RateLimitSettings } from './rate-limiter.ts';
import { DEFAULT_SEED, seedOktaUsers } from './seed-users.ts';
import { createUsersApi } from './users-api.ts';
import { createOktaUserStore } from './user-store.ts';

/** The `SSWS` token the mock expects unless told otherwise; a dev value, never a secret. */
export const DEFAULT_OKTA_API_TOKEN = 'dev-okta-api-token';
const DEFAULT_RATE_LIMIT: RateLimitSettings = { limit: 600, windowSeconds: 60 };

/** How to build the Okta mock; every option has a default. */
export interface OktaMockOptions {
  /** The `SSWS` token callers must send; default `dev-okta-api-token`. */
  apiToken?: string;
  seed?: number;
  userCount?: number;
  /** Okta's per-endpoint limit (default 600 per 60 s); `false` turns it off, headers stay. */
  rateLimit?: RateLimitSettings | false;
  /** Keep users and the signing key in this file across restarts. */
  statePath?: string;
  /** This mock's own URL, for `_links` and the token issuer; settable once listening. */
  baseUrl?: string;
  /** Told of failures that no request sees, such as a state file that cannot be saved. */
  onError?: (error: unknown) => void;
}

/** What a test may ask of a token: the user (id or login) plus any override of MintOptions. */
export type MintRequest = Omit<MintOptions, 'userId' | 'login'> & { userId: string };

async function loadSavedState(statePath: string | undefined) {
  if (!statePath) return undefined;

  // Imported only when asked for, so browsers (MSW) never meet node:fs.
  const stateFile = await import('../state/state-file.ts');
  const { claimStateFile } = await import('../state/state-file-lock.ts');
  claimStateFile(statePath);

  return { stateFile, saved: await stateFile.loadState(statePath) };
}

/**
 * The Okta side of the mock: the Users API over a stateful store, faults on demand, rate
 * limits, the dev authorization server and their admin routes, behind one `handle`.
 *
 * @example const okta = await createOktaMock({ rateLimit: false });
 */
export async function createOktaMock(options: OktaMockOptions = {}) {
  let baseUrl = (options.baseUrl ?? 'http://127.0.0.1').replace(/\/+$/, '');
  const apiToken = options.apiToken ?? DEFAULT_OKTA_API_TOKEN;
  const seedUsers = () => seedOktaUsers({ seed: options.seed, count: options.userCount });
  const state = await loadSavedState(options.statePath);
  const saved = state?.saved;

  const store = createOktaUserStore(saved?.users ?? seedUsers(), { resetTo: seedUsers });
  const faults = createFaultList();
  const rateLimiter = createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const authServer = await createDevAuthorizationServer({
    baseUrl: () => baseUrl,
    savedKey: saved?.signingKey,
  }).catch((error: unknown) => {
    if (!state || !saved?.signingKey) throw error;
    const reason = 'its signingKey is not a usable RS256 key';
    throw new state.stateFile.StateFileError(options.statePath!, reason, { cause: error });
  });

  if (state) {
    const writer = state.stateFile.createStateWriter(
      options.statePath!,
      async () => ({
        version: 1,
        users: store.list(),
        signingKey: await authServer.exportSigningKey(),
      }),
      options.onError ?? ((error) => console.error((error as Error).message)),
    );
    store.onChange(() => void writer.save());
    if (!saved) await writer.save();
  }

  /** A token for a user named by id or login; undefined for a user the store lacks. */
  async function mintFor(idOrLogin: string, expiresInSeconds?: number) {
    const found = store.find(idOrLogin);
    if (!found) return undefined;

    const { id, profile } = found.user;
    return authServer.mintAccessToken({ userId: id, login: profile.login, expiresInSeconds });
  }

  /** Like `mintFor`, with every override MintOptions has; throws for an unknown user. */
  async function mintAccessToken(mint: MintRequest): Promise<string> {
    const found = store.find(mint.userId);
    if (!found) throw new Error(`No Okta user ${mint.userId} to mint a token for.`);

    const { id, profile } = found.user;
    return authServer.mintAccessToken({ ...mint, userId: id, login: profile.login });
  }

  function reset() {
    store.reset();
    faults.clear();
    rateLimiter.configure(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  }

  const usersApi = createUsersApi({
    store,
    faults,
    rateLimiter,
    apiToken: () => apiToken,
    baseUrl: () => baseUrl,
  });
  const adminRoutes = createOktaAdminRoutes({ store, faults, rateLimiter, mintFor, reset });

  async function handle(request: MockRequest): Promise<MockAnswer | undefined> {
    return (
      (await usersApi.handle(request)) ??
      (await authServer.handle(request)) ??
      adminRoutes.handle(request)
    );
  }

  return {
    handle,
    store,
    faults,
    rateLimiter,
    authServer,
    apiToken,
    mintFor,
    mintAccessToken,
    reset,
    /** Where the users came from at start, and what a reset returns to: for banners and logs. */
    origin: {
      seed: options.seed ?? DEFAULT_SEED,
      stateFile: saved ? options.statePath : undefined,
    },
    baseUrl: () => baseUrl,
    setBaseUrl(url: string) {
      baseUrl = url.replace(/\/+$/, '');
    },
  };
}

/** What createOktaMock returns. */
export type OktaMock = Awaited<ReturnType<typeof createOktaMock>>;
