import type { MockAnswer, MockRequest } from '../core/mock-exchange.ts';
import { answerForFault } from './apply-fault.ts';
import type { FaultList } from './faults.ts';
import { OKTA_CONTENT_TYPE, oktaErrorAnswer } from './okta-errors.ts';
import type { OktaProfile } from './okta-user.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { hasSswsToken } from './ssws-token.ts';
import { withLinks } from './user-links.ts';
import type { OktaUserStore, StoredOktaUser } from './user-store.ts';
import { findProfileProblems, mergeProfile } from './validate-okta-profile.ts';

/** What the Users API works on; the getters let tokens and URLs change at run time. */
export interface UsersApiOptions {
  store: OktaUserStore;
  faults: FaultList;
  rateLimiter: RateLimiter;
  apiToken: () => string;
  baseUrl: () => string;
}

type Headers = Record<string, string>;

const PREFIX = '/api/v1/users/';

// Logins may hold `+`, `#` or `/`; decodeURIComponent keeps `+` a plus, unlike form decoding.
function decodeSegment(path: string): string | undefined {
  const segment = path.slice(PREFIX.length);
  if (segment === '' || segment.includes('/')) return undefined;

  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

// Okta's tags are weak, so If-Match compares them weakly; a list matches if any tag does.
function isIfMatchMet(header: string | undefined, etag: string): boolean {
  if (header === undefined || header.trim() === '') return true;

  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => {
    const candidate = tag.trim();
    return candidate === '*' || candidate.replace(/^W\//, '') === opaque;
  });
}

type ProfileChanges = { changes: Record<string, unknown> } | { refusal: MockAnswer };

function readProfileChanges(request: MockRequest, rate: Headers): ProfileChanges {
  if (request.bodyTooLarge) {
    const causes = ['body: The request body is too large'];
    return { refusal: oktaErrorAnswer('E0000003', { causes, headers: rate }) };
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(request.body ?? '');
  } catch {
    return { refusal: oktaErrorAnswer('E0000003', { headers: rate }) };
  }
  const profile = (parsed as { profile?: unknown } | null)?.profile ?? {};
  const isObject = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  if (!isObject || typeof profile !== 'object' || profile === null || Array.isArray(profile)) {
    return { refusal: oktaErrorAnswer('E0000003', { headers: rate }) };
  }

  return { changes: profile as Record<string, unknown> };
}

/** Okta's `GET`/`POST`/`PUT /api/v1/users/{id}`, over the store, faults and rate limit. */
export function createUsersApi(options: UsersApiOptions) {
  const { store, faults, rateLimiter } = options;

  // A stored version never changes (a write stores a new one), so its JSON is made once per
  // base URL instead of on every GET.
  const bodies = new WeakMap<StoredOktaUser, { baseUrl: string; body: string }>();

  function userBody(stored: StoredOktaUser): string {
    const baseUrl = options.baseUrl();
    const made = bodies.get(stored);
    if (made?.baseUrl === baseUrl) return made.body;

    const body = JSON.stringify(withLinks(stored.user, baseUrl));
    bodies.set(stored, { baseUrl, body });
    return body;
  }

  function answerUser(stored: StoredOktaUser, rate: Headers): MockAnswer {
    return {
      status: 200,
      headers: { 'content-type': OKTA_CONTENT_TYPE, etag: stored.etag, ...rate },
      body: userBody(stored),
    };
  }

  function notFound(id: string, rate: Headers): MockAnswer {
    const subject = `Resource not found: ${id} (User)`;
    return oktaErrorAnswer('E0000007', { subject, headers: rate });
  }

  // Nothing is written unless every check passes.
  function write(request: MockRequest, current: StoredOktaUser, rate: Headers): MockAnswer {
    if (!isIfMatchMet(request.headers['if-match'], current.etag)) {
      return oktaErrorAnswer('E0000001', {
        status: 412,
        subject: 'If-Match',
        causes: ['If-Match: The resource has changed since it was last read'],
        headers: rate,
      });
    }

    const read = readProfileChanges(request, rate);
    if ('refusal' in read) return read.refusal;

    const profile =
      request.method === 'PUT'
        ? mergeProfile({} as OktaProfile, read.changes)
        : mergeProfile(current.user.profile, read.changes);
    const causes = findProfileProblems(profile, store.loginTakenBy, current.user.id);
    if (causes.length > 0) {
      const subject = causes[0]!.slice(0, causes[0]!.indexOf(':'));
      return oktaErrorAnswer('E0000001', { subject, causes, headers: rate });
    }

    return answerUser(store.saveProfile(current.user.id, profile), rate);
  }

  function answerRequest(
    request: MockRequest,
    id: string,
    found: StoredOktaUser | undefined,
    rate: Headers,
  ): MockAnswer {
    if (!found) return notFound(id, rate);

    return request.method === 'GET' ? answerUser(found, rate) : write(request, found, rate);
  }

  async function handle(request: MockRequest): Promise<MockAnswer | undefined> {
    if (!request.path.startsWith(PREFIX)) return undefined;

    // Okta counts every call, refused ones too, and reports the window on each answer.
    const limit = rateLimiter.take();
    const rate = limit.headers;
    if (!hasSswsToken(request.headers.authorization, options.apiToken())) {
      return oktaErrorAnswer('E0000011', { headers: rate });
    }
    if (!limit.isAllowed) return oktaErrorAnswer('E0000047', { headers: rate });

    const id = decodeSegment(request.path);
    if (id === undefined) return notFound(request.path.slice(PREFIX.length), rate);

    const { method } = request;
    if (method !== 'GET' && method !== 'POST' && method !== 'PUT') {
      return oktaErrorAnswer('E0000022', { headers: { ...rate, allow: 'GET, POST, PUT' } });
    }

    const found = store.find(id);
    const names = found ? [id, found.user.id, found.user.profile.login] : [id];
    const fault = faults.take(method, names);
    const faulty = fault && answerForFault(fault, rate, id);
    if (faulty) return faulty;

    const answer = answerRequest(request, id, found, rate);
    return fault?.delayMs ? { ...answer, delayMs: fault.delayMs } : answer;
  }

  return { handle };
}
