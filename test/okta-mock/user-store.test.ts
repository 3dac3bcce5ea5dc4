import { describe, expect, test } from 'vitest';
import {
  EDGE_USERS,
  NO_EDIPI_USER_ID,
  PLUS_LOGIN_USER_ID,
  seedOktaUsers,
  UNICODE_NAMES_USER_ID,
} from '../../mock-server/okta/seed-users.ts';
import { createOktaUserStore, loginKey } from '../../mock-server/okta/user-store.ts';

const TIMESTAMPS = [
  'created',
  'activated',
  'statusChanged',
  'lastLogin',
  'lastUpdated',
  'passwordChanged',
] as const;

describe('seedOktaUsers', () => {
  test('makes equal stores from the same seed, and other users from another', () => {
    const first = createOktaUserStore(seedOktaUsers({ seed: 7 }));
    const second = createOktaUserStore(seedOktaUsers({ seed: 7 }));

    expect(first.list()).toEqual(second.list());
    expect(first.list().map((user) => first.find(user.id)!.etag)).toEqual(
      second.list().map((user) => second.find(user.id)!.etag),
    );
    expect(seedOktaUsers({ seed: 8 })[0]).not.toEqual(seedOktaUsers({ seed: 7 })[0]);
  });

  test('makes Okta-shaped ids and whole-second timestamps', () => {
    for (const user of seedOktaUsers()) {
      expect(user.id).toMatch(/^00u[A-Za-z0-9]{17}$/);
      for (const field of TIMESTAMPS) {
        expect(user[field]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
      }
      expect(Date.parse(user.lastUpdated)).toBeGreaterThan(Date.parse(user.created));
    }
  });

  test('gives the first user an EDIPI, whatever the count', () => {
    for (const count of [0, 1, 8]) {
      expect(seedOktaUsers({ count })[0]!.profile.cac_edipi).toMatch(/^\d{10}$/);
    }
  });

  test('includes every edge user, as documented', () => {
    const byId = new Map(seedOktaUsers({ seed: 1, count: 2 }).map((user) => [user.id, user]));

    expect(byId.get(NO_EDIPI_USER_ID)!.profile).not.toHaveProperty('cac_edipi');
    expect(byId.get(PLUS_LOGIN_USER_ID)!.profile.login).toBe('dana+okta@example.com');
    expect(byId.get(UNICODE_NAMES_USER_ID)!.profile).toMatchObject({
      firstName: 'Zoë',
      lastName: "O'Brien-Núñez",
    });
    for (const edge of Object.values(EDGE_USERS)) {
      expect(byId.get(edge.id)!.profile.login).toBe(edge.login);
    }
  });

  test('leaves a custom attribute never set out, rather than null', () => {
    const withoutEdipi = seedOktaUsers().filter((user) => !('cac_edipi' in user.profile));

    expect(withoutEdipi.length).toBeGreaterThanOrEqual(2);
    expect(seedOktaUsers().every((user) => user.profile.cac_edipi !== null)).toBe(true);
  });
});

describe('createOktaUserStore', () => {
  test('matches logins regardless of case and accents, as Okta does', () => {
    const store = createOktaUserStore(seedOktaUsers());

    expect(store.find('ZOÉ.OBRIEN@example.com')!.user.id).toBe(UNICODE_NAMES_USER_ID);
    expect(loginKey('Isáàc.Bröck@Example.com')).toBe(loginKey('isaac.brock@example.com'));
  });

  test('restores a snapshot, undoing later writes', () => {
    const store = createOktaUserStore(seedOktaUsers());
    const snapshot = store.snapshot();
    const current = store.find(NO_EDIPI_USER_ID)!.user;

    store.saveProfile(current.id, { ...current.profile, firstName: 'Changed' });
    store.remove(PLUS_LOGIN_USER_ID);
    store.restore(snapshot);

    expect(store.list()).toEqual(snapshot);
    expect(store.find(EDGE_USERS.plusLogin.login)!.user.id).toBe(PLUS_LOGIN_USER_ID);
  });

  test('resets to the users it was made with and tells listeners', () => {
    const store = createOktaUserStore(seedOktaUsers({ count: 2 }));
    const seeded = store.snapshot();
    let changes = 0;
    store.onChange(() => {
      changes += 1;
    });

    store.remove(NO_EDIPI_USER_ID);
    store.reset();

    expect(store.list()).toEqual(seeded);
    expect(changes).toBe(2);
  });

  test('frees a login when its user changes it', () => {
    const store = createOktaUserStore(seedOktaUsers());
    const user = store.find(PLUS_LOGIN_USER_ID)!.user;

    store.saveProfile(user.id, { ...user.profile, login: 'dana.new@example.com' });

    expect(store.loginTakenBy(EDGE_USERS.plusLogin.login)).toBeUndefined();
    expect(store.loginTakenBy('DANA.NEW@example.com')).toBe(PLUS_LOGIN_USER_ID);
    expect(store.loginTakenBy('dana.new@example.com', PLUS_LOGIN_USER_ID)).toBeUndefined();
  });
});
