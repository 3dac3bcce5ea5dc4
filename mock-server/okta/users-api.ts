import type { MockAnswer, MockRequest } from '../core/mock-exchange.ts';
import { answerForFault } from './apply-fault.ts';
import type { FaultList } from './faults.ts';
import { oktaErrorAnswer } from './okta-errors.ts';
import type { OktaProfile, OktaUser } from './okta-user.ts';
import type { RateLimiter } from './rate-limiter.ts';
import type { OktaUserStore } from './user-store.ts';
import { findProfileProblems, mergeProfile } from './validate-okta-profile.ts';

export interface UsersApiOptions {
  store: OktaUserStore;
  faults: FaultList;
  rateLimiter: RateLimiter;
  apiToken: () => string;
  baseUrl: () => string;
}

const PREFIX = '/api/v1/users/';

function isSameToken(header: string | undefined, expected: string): boolean {
  if (!header?.startsWith('SSWS ')) return false;

  // Compared in constant time, so the answer's timing says nothing about the token.
  const given = header.slice(5);
  let difference = given.length ^ expected.length;
  for (let index = 0; index < expected.length; index += 1) {
    difference |= (given.charCodeAt(index) || 0) ^ expected.charCodeAt(index);
  }
  return difference === 0;
}

function withLinks(user: OktaUser, baseUrl: string): OktaUser {
  const self = `${baseUrl}/api/v1/users/${user.id}`;

  return {
    ...user,
    _links: {
      self: { href: self },
      schema: { href: `${baseUrl}/api/v1/meta/schemas/user/${user.type.id}` },
      type: { href: `${baseUrl}/api/v1/meta/types/user/${user.type.id}` },
      resetPassword: { href: `${self}/lifecycle/reset_password`, hints: { allow: ['POST'] } },
      deactivate: { href: `${self}/lifecycle/deactivate`, hints: { allow: ['POST'] } },
    },
  };
}

function decodeSegment(path: string): string | undefined {
  const segment = path.slice(PREFIX.length);
  if (segment === '' || segment.includes('/')) return undefined;

  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function readUpdate(body: string | undefined): { profile: Record<string, unknown> } | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body ?? '');
  } catch {
    return 'E0000003';
  }
  const profile = (parsed as { profile?: unknown } | null)?.profile ?? {};
  if (typeof parsed !== 'object' || parsed === null || typeof profile !== 'object' || profile === null) {
    return 'E0000003';
  }

  return { profile: profile as Record<string, unknown> };
}

/** Okta's `GET`/`POST`/`PUT /api/v1/users/{id}`, over the store, faults and rate limit. */
export function createUsersApi(options: UsersApiOptions) {
  const { store, faults, rateLimiter } = options;

  function answerUser(status: number, user: OktaUser, etag: string, rate: Record<string, string>) {
    return {
      status,
      headers: { 'content-type': 'application/json', etag, ...rate },
      body: JSON.stringify(withLinks(user, options.baseUrl())),
    };
  }

  function write(request: MockRequest, id: string, rate: Record<string, string>): MockAnswer {
    const current = store.find(id);
    if (!current) return notFound(id, rate);

    const ifMatch = request.headers['if-match'];
    if (ifMatch && ifMatch !== '*' && ifMatch !== current.etag) {
      return { ...oktaErrorAnswer('E0000001', {
        subject: 'If-Match',
        causes: ['If-Match: The resource has changed since it was last read'],
        headers: rate,
      }), status: 412 };
    }

    const update = readUpdate(request.body);
    if (typeof update === 'string') return oktaErrorAnswer('E0000003', { headers: rate });

    const profile = request.method === 'PUT'
      ? (Object.fromEntries(Object.entries(update.profile)) as OktaProfile)
      : mergeProfile(current.user.profile, update.profile);
    if (profile.cac_edipi === null) delete profile.cac_edipi;

    const causes = findProfileProblems(profile, store.loginTakenBy, current.user.id);
    if (causes.length > 0) {
      const subject = causes[0]!.split(':')[0];
      return oktaErrorAnswer('E0000001', { subject, causes, headers: rate });
    }

    const saved = store.saveProfile(current.user.id, profile);
    return answerUser(200, saved.user, saved.etag, rate);
  }

  function notFound(id: string, rate: Record<string, string>) {
    return oktaErrorAnswer('E0000007', { subject: `Resource not found: ${id} (User)`, headers: rate });
  }

  async function handle(request: MockRequest): Promise<MockAnswer | undefined> {
    if (!request.path.startsWith(PREFIX)) return undefined;

    const limit = rateLimiter.take();
    const rate = limit.headers;
    if (!isSameToken(request.headers.authorization, options.apiToken())) {
      return oktaErrorAnswer('E0000011', { headers: rate });
    }
    if (!limit.isAllowed) return oktaErrorAnswer('E0000047', { headers: rate });

    const id = decodeSegment(request.path);
    if (id === undefined) return notFound(request.path.slice(PREFIX.length), rate);

    const fault = faults.take(request.method, id);
    const faulty = fault && answerForFault(fault, rate, id);
    if (faulty) return faulty;

    const answer = answerRequest(request, id, rate);
    return fault?.delayMs ? { ...answer, delayMs: fault.delayMs } : answer;
  }

  function answerRequest(request: MockRequest, id: string, rate: Record<string, string>) {
    if (request.method === 'GET') {
      const found = store.find(id);
      return found ? answerUser(200, found.user, found.etag, rate) : notFound(id, rate);
    }
    if (request.method === 'POST' || request.method === 'PUT') return write(request, id, rate);

    return { ...oktaErrorAnswer('E0000009', { headers: { ...rate, allow: 'GET, POST, PUT' } }),
      status: 405 };
  }

  return { handle };
}
