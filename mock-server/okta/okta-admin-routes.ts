import { jsonAnswer, type MockAnswer, type MockRequest } from '../core/mock-exchange.ts';
import { readJsonBody } from '../core/read-json-body.ts';
import { describeFaultProblem, type FaultInput, type FaultList } from './faults.ts';
import type { RateLimiter, RateLimitSettings } from './rate-limiter.ts';
import type { OktaUserStore } from './user-store.ts';

const DEFAULT_TOKEN_SECONDS = 3600;

function problem(status: number, detail: string): MockAnswer {
  const title = status === 404 ? 'Not Found' : 'Bad Request';
  return jsonAnswer(status, { title, detail });
}

/** Reads `{limit, windowSeconds}` or `false`; undefined when it is neither. */
export function parseRateLimit(value: unknown): RateLimitSettings | false | undefined {
  if (value === false) return false;

  const settings = value as Partial<RateLimitSettings> | null;
  const { limit, windowSeconds } = settings ?? {};
  // Bounded so the headers stay whole numbers a client can parse.
  const isValid =
    Number.isInteger(limit) &&
    limit! >= 0 &&
    limit! <= 1_000_000_000 &&
    Number.isInteger(windowSeconds) &&
    windowSeconds! > 0 &&
    windowSeconds! <= 86_400;

  return isValid ? { limit: limit!, windowSeconds: windowSeconds! } : undefined;
}

/**
 * The Okta side of the dev admin API: `POST /__mock/tokens`, `/__mock/okta/faults`,
 * `/__mock/okta/rate-limit` and `POST /__mock/okta/reset`.
 */
export function createOktaAdminRoutes(options: {
  store: OktaUserStore;
  faults: FaultList;
  rateLimiter: RateLimiter;
  mintFor: (idOrLogin: string, expiresInSeconds?: number) => Promise<string | undefined>;
  reset: () => void;
}) {
  const { store, faults, rateLimiter } = options;

  async function mintToken(request: MockRequest): Promise<MockAnswer> {
    const body = readJsonBody(request);
    if ('problem' in body) return problem(400, body.problem);

    const { user, expiresInSeconds } = (body.value ?? {}) as Record<string, unknown>;
    if (typeof user !== 'string') return problem(400, 'Name the user: {"user": "<login or id>"}.');
    const ttl = expiresInSeconds ?? DEFAULT_TOKEN_SECONDS;
    if (!Number.isInteger(ttl) || (ttl as number) <= 0) {
      return problem(400, 'expiresInSeconds must be a positive whole number of seconds.');
    }

    const token = await options.mintFor(user, ttl as number);
    const found = store.find(user);
    if (!token || !found) return problem(404, `No Okta user ${user}.`);

    return jsonAnswer(200, {
      access_token: token,
      token_type: 'Bearer',
      expires_in: ttl,
      user_id: found.user.id,
    });
  }

  function addFault(request: MockRequest): MockAnswer {
    const body = readJsonBody(request);
    const fault = 'value' in body ? body.value : undefined;
    const issue = 'problem' in body ? body.problem : describeFaultProblem(fault);
    if (issue) return problem(400, issue);

    return jsonAnswer(201, faults.add(fault as FaultInput));
  }

  function setRateLimit(request: MockRequest): MockAnswer {
    const body = readJsonBody(request);
    const settings = 'value' in body ? parseRateLimit(body.value) : undefined;
    if (settings === undefined) {
      return problem(
        400,
        'Send {"limit": 0 to 1000000000, "windowSeconds": 1 to 86400}, or false for none.',
      );
    }

    rateLimiter.configure(settings);
    return jsonAnswer(200, { rateLimit: rateLimiter.settings() });
  }

  async function handle(request: MockRequest): Promise<MockAnswer | undefined> {
    switch (`${request.method} ${request.path}`) {
      case 'POST /__mock/tokens':
        return mintToken(request);
      case 'GET /__mock/okta/faults':
        return jsonAnswer(200, faults.list());
      case 'POST /__mock/okta/faults':
        return addFault(request);
      case 'DELETE /__mock/okta/faults':
        faults.clear();
        return { status: 204, headers: {} };
      case 'GET /__mock/okta/rate-limit':
        return jsonAnswer(200, { rateLimit: rateLimiter.settings() });
      case 'PUT /__mock/okta/rate-limit':
        return setRateLimit(request);
      case 'POST /__mock/okta/reset':
        options.reset();
        return { status: 204, headers: {} };
    }

    return undefined;
  }

  return { handle };
}
