import type { OktaProfile, OktaUser } from './okta-user.ts';

interface StoredUser {
  user: OktaUser;
  etag: string;
  version: number;
}

export interface OktaUserStore {
  /** By Okta user id, or by login (case-insensitive, as Okta matches logins). */
  find(idOrLogin: string): StoredUser | undefined;
  list(): OktaUser[];
  /** The id of the user holding this login, other than `exceptId`. */
  loginTakenBy(login: string, exceptId?: string): string | undefined;
  /** Stores a new profile version: `lastUpdated` and the ETag change. */
  saveProfile(id: string, profile: OktaProfile): StoredUser;
  add(user: OktaUser): StoredUser;
  remove(id: string): boolean;
  replaceAll(users: OktaUser[]): void;
  onChange(listener: () => void): void;
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
  return `W/"${hashText(`${user.id}:${user.lastUpdated}`)}${version.toString(16).padStart(8, '0')}"`;
}

/** The Okta mock's users, in memory, with a login index and a version tag per user. */
export function createOktaUserStore(initialUsers: OktaUser[]): OktaUserStore {
  const byId = new Map<string, StoredUser>();
  const idByLogin = new Map<string, string>();
  const listeners: (() => void)[] = [];

  function put(user: OktaUser): StoredUser {
    const previous = byId.get(user.id);
    if (previous) idByLogin.delete(previous.user.profile.login.toLowerCase());

    const version = (previous?.version ?? 0) + 1;
    const stored = { user, version, etag: etagOf(user, version) };
    byId.set(user.id, stored);
    idByLogin.set(user.profile.login.toLowerCase(), user.id);

    return stored;
  }

  function changed() {
    for (const listener of listeners) listener();
  }

  function replaceAll(users: OktaUser[]) {
    byId.clear();
    idByLogin.clear();
    for (const user of users) put(structuredClone(user));
  }

  replaceAll(initialUsers);

  return {
    find(idOrLogin) {
      const id = byId.has(idOrLogin) ? idOrLogin : idByLogin.get(idOrLogin.toLowerCase());
      return id === undefined ? undefined : byId.get(id);
    },
    list: () => [...byId.values()].map((stored) => stored.user),
    loginTakenBy(login, exceptId) {
      const id = idByLogin.get(login.toLowerCase());
      return id !== exceptId ? id : undefined;
    },
    saveProfile(id, profile) {
      const current = byId.get(id);
      if (!current) throw new Error(`no Okta user ${id}`);

      const stored = put({ ...current.user, profile, lastUpdated: new Date().toISOString() });
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
      idByLogin.delete(current.user.profile.login.toLowerCase());
      changed();
      return true;
    },
    replaceAll(users) {
      replaceAll(users);
      changed();
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
