import { jsonAnswer, type MockAnswer, type MockRequest } from '../core/mock-exchange.ts';
import { readJsonBody } from '../core/read-json-body.ts';
import type { OktaMock } from '../okta/okta-mock.ts';
import type { OktaProfile, OktaUser } from '../okta/okta-user.ts';
import { buildOktaUser } from '../okta/seed-users.ts';
import { withLinks } from '../okta/user-links.ts';
import { findProfileProblems, mergeProfile } from '../okta/validate-okta-profile.ts';

const PREFIX = '/__mock/users';
const OKTA_USER_ID = /^00u[A-Za-z0-9]{17}$/;
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function newOktaUserId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(17));
  return `00u${[...bytes].map((byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join('')}`;
}

function problem(status: number, detail: string, causes: string[] = []): MockAnswer {
  const titles: Record<number, string> = { 400: 'Bad Request', 404: 'Not Found', 409: 'Conflict' };
  const invalidFields = Object.fromEntries(
    causes.map((cause) => {
      const at = cause.indexOf(':');
      return [cause.slice(0, at), cause.slice(at + 1).trim()];
    }),
  );
  const body =
    causes.length > 0
      ? { title: titles[status], detail, invalidFields }
      : { title: titles[status], detail };

  return jsonAnswer(status, body);
}

type ProfileOrRefusal = { profile: Record<string, unknown>; id?: string } | { refusal: MockAnswer };

function readProfile(request: MockRequest): ProfileOrRefusal {
  const body = readJsonBody(request);
  if ('problem' in body) return { refusal: problem(400, body.problem) };

  const { profile, id } = (body.value ?? {}) as { profile?: unknown; id?: unknown };
  if (typeof profile !== 'object' || profile === null || Array.isArray(profile)) {
    return { refusal: problem(400, 'Send {"profile": {...}}.') };
  }

  if (id !== undefined && typeof id !== 'string') {
    return { refusal: problem(400, 'An Okta user id is a string: 00u and 17 letters or digits.') };
  }

  return { profile: profile as Record<string, unknown>, id };
}

/** `/__mock/users`: list, create, read, patch and delete the Okta mock's users. */
export function createUsersAdmin(okta: OktaMock) {
  const { store } = okta;
  // Users are shown as Okta's own API shows them, links included.
  const shown = (user: OktaUser) => withLinks(user, okta.baseUrl());

  function create(request: MockRequest): MockAnswer {
    const read = readProfile(request);
    if ('refusal' in read) return read.refusal;

    const id = read.id ?? newOktaUserId();
    if (!OKTA_USER_ID.test(id))
      return problem(400, 'An Okta user id is 00u and 17 letters or digits.');
    if (store.find(id)) return problem(409, `Okta user ${id} exists already.`);

    const clean = mergeProfile({} as OktaProfile, read.profile);
    const causes = findProfileProblems(clean, store.loginTakenBy);
    if (causes.length > 0) return problem(400, "The profile breaks Okta's rules.", causes);

    const user = buildOktaUser(id, clean);
    // A user made now was created, activated and last updated now, and has never signed in.
    const now = new Date().toISOString();
    Object.assign(user, {
      created: now,
      activated: now,
      statusChanged: now,
      lastUpdated: now,
      passwordChanged: now,
      lastLogin: null,
    });
    return jsonAnswer(201, shown(store.add(user).user));
  }

  function patch(request: MockRequest, id: string): MockAnswer {
    const current = store.find(id);
    if (!current) return problem(404, `No Okta user ${id}.`);

    const read = readProfile(request);
    if ('refusal' in read) return read.refusal;

    const merged = mergeProfile(current.user.profile, read.profile);
    const causes = findProfileProblems(merged, store.loginTakenBy, current.user.id);
    if (causes.length > 0) return problem(400, "The profile breaks Okta's rules.", causes);

    return jsonAnswer(200, shown(store.saveProfile(current.user.id, merged).user));
  }

  function handle(request: MockRequest): MockAnswer | undefined {
    if (request.path === PREFIX) {
      if (request.method === 'GET') return jsonAnswer(200, store.list().map(shown));
      if (request.method === 'POST') return create(request);
      return undefined;
    }
    if (!request.path.startsWith(`${PREFIX}/`)) return undefined;

    let id: string;
    try {
      id = decodeURIComponent(request.path.slice(PREFIX.length + 1));
    } catch {
      return problem(400, 'The user id is not valid percent-encoding.');
    }

    if (request.method === 'GET') {
      const found = store.find(id);
      return found ? jsonAnswer(200, shown(found.user)) : problem(404, `No Okta user ${id}.`);
    }
    if (request.method === 'PATCH') return patch(request, id);
    if (request.method === 'DELETE') {
      const found = store.find(id);
      return found && store.remove(found.user.id)
        ? { status: 204, headers: {} }
        : problem(404, `No Okta user ${id}.`);
    }

    return undefined;
  }

  return { handle };
}
