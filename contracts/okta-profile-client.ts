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

export type ClientResult<T> =
  | { ok: true; status: 200; data: T; etag?: string }
  | {
      ok: false;
      status: number;
      error: ErrorBody | ValidationErrorBody;
      retryAfterSeconds?: number;
    };

export interface OktaProfileClient {
  showOktaInfo(): Promise<ClientResult<OktaUserProfileData>>;
  updateOktaInfo(
    profile: OktaUserProfileUpdate,
    options?: { ifMatch?: string },
  ): Promise<ClientResult<OktaUserProfileData>>;
}

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof (value as ErrorBody | null)?.title === 'string';
}

function toResult(
  response: Response,
  data: OktaUserProfileData | undefined,
  error: unknown,
): ClientResult<OktaUserProfileData> {
  if (response.ok && data) {
    return { ok: true, status: 200, data, etag: response.headers.get('etag') ?? undefined };
  }

  // A proxy in between may answer HTML or nothing at all; the caller still gets an ErrorBody.
  const body = isErrorBody(error)
    ? error
    : {
        title: response.statusText || 'Error',
        detail: `The server answered ${response.status} without a JSON error body.`,
        instance: response.headers.get('x-request-id') ?? '',
      };
  const retryAfter = Number(response.headers.get('retry-after'));

  return {
    ok: false,
    status: response.status,
    error: body,
    ...(retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}),
  };
}

/**
 * A typed client for `/internal/okta-profile`, generated from contracts/internal-api.yaml.
 * HTTP errors come back as `{ ok: false }`; only a network failure throws.
 *
 * @example
 * const client = createOktaProfileClient({ baseUrl: '', headers: { authorization } });
 * const result = await client.updateOktaInfo({ firstName: 'Ada' }, { ifMatch: etag });
 */
export function createOktaProfileClient(options: OktaProfileClientOptions): OktaProfileClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    headers: options.headers,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  return {
    async showOktaInfo() {
      const { data, error, response } = await client
        .GET('/internal/okta-profile', {
          parseAs: 'text',
        })
        .then(parseJson);
      return toResult(response, data, error);
    },
    async updateOktaInfo(profile, updateOptions = {}) {
      const headers = updateOptions.ifMatch ? { 'If-Match': updateOptions.ifMatch } : undefined;
      const { data, error, response } = await client
        .POST('/internal/okta-profile', {
          body: { profile },
          params: { header: headers },
          parseAs: 'text',
        })
        .then(parseJson);
      return toResult(response, data, error);
    },
  };
}

// Bodies are read as text first, so a non-JSON page cannot throw a parse error; openapi-fetch
// already parses error bodies that are JSON.
function parseJson(result: { data?: unknown; error?: unknown; response: Response }) {
  const raw = result.response.ok ? result.data : result.error;
  let parsed: unknown = raw;
  if (typeof raw === 'string') {
    try {
      parsed = raw ? JSON.parse(raw) : undefined;
    } catch {
      parsed = undefined;
    }
  }

  return result.response.ok
    ? {
        data: parsed as OktaUserProfileData | undefined,
        error: undefined,
        response: result.response,
      }
    : { data: undefined, error: parsed, response: result.response };
}
