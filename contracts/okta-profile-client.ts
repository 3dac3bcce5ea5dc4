import createClient from 'openapi-fetch';
import type { paths } from './generated/internal-api.ts';
import type {
  ErrorBody,
  OktaUserProfileData,
  OktaUserProfileUpdate,
  ValidationErrorBody,
} from './okta-profile-types.ts';

export interface OktaProfileClientOptions {
  /** Where the API lives, e.g. `http://127.0.0.1:4010`; `''` for the page's own origin. */
  baseUrl: string;
  /** Injected for tests and MSW; the global fetch otherwise. */
  fetch?: typeof globalThis.fetch;
  /** Sent on every request, e.g. `Authorization` or `X-Mock-Scenario`. */
  headers?: Record<string, string>;
}

/** What a call gives back: the profile on 200, else the status and the contract's error body. */
export type ClientResult<T> =
  | { ok: true; status: 200; data: T; etag?: string }
  | {
      ok: false;
      status: number;
      error: ErrorBody | ValidationErrorBody;
      retryAfterSeconds?: number;
    };

/** The two operations of `/internal/okta-profile`, named by their operationIds. */
export interface OktaProfileClient {
  showOktaInfo(): Promise<ClientResult<OktaUserProfileData>>;
  updateOktaInfo(
    profile: OktaUserProfileUpdate,
    options?: { ifMatch?: string },
  ): Promise<ClientResult<OktaUserProfileData>>;
}

/**
 * A typed client for `/internal/okta-profile`, over the types generated from
 * contracts/internal-api.yaml. Any HTTP status comes back as a result; only a network failure
 * rejects.
 *
 * @example
 * const client = createOktaProfileClient({ baseUrl: '', headers: { authorization } });
 * const result = await client.updateOktaInfo({ firstName: 'Ada' }, { ifMatch: etag });
 * if (!result.ok && result.status === 422) show(result.error);
 */
export function createOktaProfileClient(options: OktaProfileClientOptions): OktaProfileClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    headers: options.headers,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  return {
    async showOktaInfo() {
      // Read as text: a proxy's HTML page must not throw a JSON parse error at the caller.
      const answer = await client.GET('/internal/okta-profile', { parseAs: 'text' });

      return toResult(answer);
    },
    async updateOktaInfo(profile, updateOptions = {}) {
      const { ifMatch } = updateOptions;
      const answer = await client.POST('/internal/okta-profile', {
        body: { profile },
        params: { header: ifMatch ? { 'If-Match': ifMatch } : undefined },
        parseAs: 'text',
      });

      return toResult(answer);
    },
  };
}

// openapi-fetch has read the body: as text on success, parsed when it could on error.
interface FetchAnswer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

function toResult(answer: FetchAnswer): ClientResult<OktaUserProfileData> {
  const { response } = answer;
  const body = parseJson(response.ok ? answer.data : answer.error);
  if (response.ok && isProfile(body)) {
    const etag = response.headers.get('etag') ?? undefined;

    return { ok: true, status: 200, data: body, ...(etag ? { etag } : {}) };
  }

  const error = isErrorBody(body) ? body : describeUnreadable(response);
  const retryAfter = Number(response.headers.get('retry-after'));

  return {
    ok: false,
    status: response.status,
    error,
    ...(Number.isInteger(retryAfter) && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}),
  };
}

function parseJson(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;

  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function isProfile(value: unknown): value is OktaUserProfileData {
  return (
    typeof value === 'object' && value !== null && typeof Reflect.get(value, 'sub') === 'string'
  );
}

function isErrorBody(value: unknown): value is ErrorBody {
  return (
    typeof value === 'object' && value !== null && typeof Reflect.get(value, 'title') === 'string'
  );
}

// A gateway or proxy in between may answer HTML or nothing; the caller still gets an ErrorBody.
function describeUnreadable(response: Response): ErrorBody {
  const what = response.ok ? 'a profile' : 'a JSON error body';

  return {
    title: response.statusText || `HTTP ${response.status}`,
    detail: `The server answered ${response.status} without ${what}.`,
    instance: response.headers.get('x-request-id') ?? '',
  };
}
