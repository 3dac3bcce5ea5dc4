import type { OktaProfile, OktaUser } from './okta-user.ts';

/** One user as stored: the Okta user, its entity tag and a version counting its writes. */
export interface StoredOktaUser {
  user: OktaUser;
  etag: string;
  version: number;
}

/** The Okta mock's users; the objects it hands out are its own, so read them, never mutate. */
export interface OktaUserStore {
  /** By Okta user id, or by login (ignoring case and accents, as Okta matches logins). */
  find(idOrLogin: string): StoredOktaUser | undefined;
  list(): OktaUser[];
  /** The first user, in the order they were stored (the seed's order). */
  first(): OktaUser | undefined;
  /** The id of the user holding this login, other than `exceptId`. */
  loginTakenBy(login: string, exceptId?: string): string | undefined;
  /** Stores a new profile version: `lastUpdated` moves forward and the ETag changes. */
  saveProfile(id: string, profile: OktaProfile): StoredOktaUser;
  add(user: OktaUser): StoredOktaUser;
  remove(id: string): boolean;
  replaceAll(users: OktaUser[]): void;
  /** A deep copy of every user, for `restore` later. */
  snapshot(): OktaUser[];
  restore(users: OktaUser[]): void;
  /** Back to the users `resetTo` gives (by default, those the store was made with). */
  reset(): void;
  /** Called after every write, e.g. to save the state file. */
  onChange(listener: () => void): void;
}

/**
 * Okta holds logins unique regardless of case and diacritical marks (its Users API spec), so
 * the index key drops both.
 */
export function loginKey(login: string): string {
  return login.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// FNV-1a: an entity tag only has to differ between versions, and this runs in browsers too.
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }

  return (hash >>> 0).toString(16).padStart(8, '0');
}

function etagOf(user: OktaUser, version: number): string {
  const versionHex = version.toString(16).padStart(8, '0');
  return `W/"${hashText(`${user.id}:${user.lastUpdated}`)}${versionHex}"`;
}

// Two writes in the same millisecond still get different `lastUpdated` values.
function nextTimestamp(previous: string): string {
  const previousMs = Date.parse(previous);
  const now = Date.now();

  return new Date(Number.isNaN(previousMs) ? now : Math.max(now, previousMs + 1)).toISOString();
}

/** The Okta mock's users, in memory, with a login index and a version tag per user. */
export function createOktaUserStore(
  initialUsers: OktaUser[],
  options: { resetTo?: () => OktaUser[] } = {},
): OktaUserStore {
  const byId = new Map<string, StoredOktaUser>();
  const idByLogin = new Map<string, string>();
  const listeners: (() => void)[] = [];
  const original = structuredClone(initialUsers);
  const resetTo = options.resetTo ?? (() => original);

  function put(user: OktaUser): StoredOktaUser {
    const previous = byId.get(user.id);
    if (previous) idByLogin.delete(loginKey(previous.user.profile.login));

    const version = (previous?.version ?? 0) + 1;
    const stored = { user, version, etag: etagOf(user, version) };
    byId.set(user.id, stored);
    idByLogin.set(loginKey(user.profile.login), user.id);

    return stored;
  }

  function changed() {
    for (const listener of listeners) listener();
  }

  function replaceAll(users: OktaUser[]) {
    byId.clear();
    idByLogin.clear();
    for (const user of users) put(structuredClone(user));
    changed();
  }

  for (const user of initialUsers) put(structuredClone(user));

  return {
    find(idOrLogin) {
      return byId.get(idOrLogin) ?? byId.get(idByLogin.get(loginKey(idOrLogin)) ?? '');
    },
    list: () => Array.from(byId.values(), (stored) => stored.user),
    first: () => byId.values().next().value?.user,
    loginTakenBy(login, exceptId) {
      const id = idByLogin.get(loginKey(login));
      return id !== exceptId ? id : undefined;
    },
    saveProfile(id, profile) {
      const current = byId.get(id);
      if (!current) throw new Error(`no Okta user ${id}`);

      const lastUpdated = nextTimestamp(current.user.lastUpdated);
      const stored = put({ ...current.user, profile, lastUpdated });
      changed();
      return stored;
    },
    add(user) {
      const stored = put(user);
      changed();
      return stored;
    },
    remove(id) {
      const current = byId.get(id);
      if (!current) return false;

      byId.delete(id);
      idByLogin.delete(loginKey(current.user.profile.login));
      changed();
      return true;
    },
    replaceAll,
    snapshot: () => structuredClone(Array.from(byId.values(), (stored) => stored.user)),
    restore: replaceAll,
    reset: () => replaceAll(resetTo()),
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
