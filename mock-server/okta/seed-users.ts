// The English locale alone: the package root loads every locale (about 4x the start-up time
// and 30 MB more memory for the standalone mock).
import { faker } from '@faker-js/faker/locale/en';
import type { OktaProfile, OktaUser } from './okta-user.ts';

/** Okta user id of the edge user who never set an EDIPI (`cac_edipi` absent). */
export const NO_EDIPI_USER_ID = '00uNoEdipiUser000001';
/** Okta user id of the edge user whose login holds a `+` (`dana+okta@example.com`). */
export const PLUS_LOGIN_USER_ID = '00uPlusLoginUser0001';
/** Okta user id of the edge user named `Zoë O'Brien-Núñez`. */
export const UNICODE_NAMES_USER_ID = '00uUnicodeNames00001';

/** Edge users every seed includes, with ids and logins tests and provider states can name. */
export const EDGE_USERS = {
  noEdipi: { id: NO_EDIPI_USER_ID, login: 'sam.noedipi@example.com' },
  plusLogin: { id: PLUS_LOGIN_USER_ID, login: 'dana+okta@example.com' },
  unicodeNames: { id: UNICODE_NAMES_USER_ID, login: 'zoe.obrien@example.com' },
} as const;

/** The faker seed the mock uses unless told otherwise. */
export const DEFAULT_SEED = 20261204;
const OKTA_USER_TYPE_ID = 'oty1a2b3c4d5e6f7g8h9';

// Timestamps are drawn from the seed as offsets from a fixed day, never from the clock.
const FIRST_DAY = Date.parse('2023-01-02T00:00:00.000Z');
const SECOND_MS = 1000;
const DAY_MS = 86_400_000;

function toAsciiLocalPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

// Every draw below reseeds first, so one shared instance still gives each (seed, index) its
// own fixed sequence, whatever was drawn before.
function drawTimestamps(seed: number, index: number) {
  faker.seed([seed, index]);
  const days = (min: number, max: number) => faker.number.int({ min, max }) * DAY_MS;
  const seconds = (min: number, max: number) => faker.number.int({ min, max }) * SECOND_MS;

  const created = FIRST_DAY + days(0, 700) + seconds(0, 86_399);
  const activated = created + seconds(60, 3600);
  const passwordChanged = activated + days(1, 30);
  const lastUpdated = passwordChanged + days(1, 200);
  const lastLogin = lastUpdated + days(0, 90) + seconds(0, 86_399);

  return { created, activated, passwordChanged, lastUpdated, lastLogin };
}

/**
 * An ACTIVE Okta user with the given profile; its timestamps (whole seconds, `.000Z`) follow
 * from `seed` and `index` alone, so the same call always gives the same user.
 */
export function buildOktaUser(
  id: string,
  profile: OktaProfile,
  index = 0,
  seed = DEFAULT_SEED,
): OktaUser {
  const at = drawTimestamps(seed, index);
  const iso = (ms: number) => new Date(ms).toISOString();

  return {
    id,
    status: 'ACTIVE',
    created: iso(at.created),
    activated: iso(at.activated),
    statusChanged: iso(at.activated),
    lastLogin: iso(at.lastLogin),
    lastUpdated: iso(at.lastUpdated),
    passwordChanged: iso(at.passwordChanged),
    type: { id: OKTA_USER_TYPE_ID },
    profile,
    credentials: { password: {}, provider: { type: 'OKTA', name: 'OKTA' } },
    // Filled in per answer, since they hold the mock's own URL.
    _links: {},
  };
}

function edgeProfile(login: string, firstName: string, lastName: string): OktaProfile {
  return { login, email: login, firstName, lastName, displayName: `${firstName} ${lastName}` };
}

// Placed after the faker users; the first of them has an EDIPI, so even with count 0 the
// first user (the /internal mock's default) has one.
function buildEdgeUsers(seed: number): OktaUser[] {
  const { noEdipi, plusLogin, unicodeNames } = EDGE_USERS;

  return [
    buildOktaUser(
      plusLogin.id,
      {
        ...edgeProfile(plusLogin.login, 'Dana', 'Plus'),
        cac_edipi: '5550001234',
      },
      1001,
      seed,
    ),
    buildOktaUser(
      unicodeNames.id,
      {
        ...edgeProfile(unicodeNames.login, 'Zoë', "O'Brien-Núñez"),
        cac_edipi: '5550005678',
      },
      1002,
      seed,
    ),
    buildOktaUser(noEdipi.id, edgeProfile(noEdipi.login, 'Sam', 'Noedipi'), 1003, seed),
  ];
}

/**
 * The seeded users: `count` made by faker under `seed` (the same users every run, the first
 * always with an EDIPI), then the edge users.
 *
 * @example seedOktaUsers({ seed: 7, count: 2 }).length === 5
 */
export function seedOktaUsers(options: { seed?: number; count?: number } = {}): OktaUser[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const users: OktaUser[] = [];

  for (let index = 0; index < (options.count ?? 8); index += 1) {
    faker.seed([seed, index, 1]);
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const local = `${toAsciiLocalPart(firstName)}.${toAsciiLocalPart(lastName)}${index}`;
    const profile: OktaProfile = {
      login: `${local}@example.com`,
      email: `${local}@example.com`,
      firstName,
      lastName,
      displayName: `${firstName} ${lastName}`,
      mobilePhone: faker.string.numeric(10),
    };
    // Most users have an EDIPI; every fourth has none, as users who never set it.
    if (index % 4 !== 3) {
      profile.cac_edipi = faker.string.numeric({ length: 10, allowLeadingZeros: false });
    }

    const id = `00u${faker.string.alphanumeric(17)}`;
    users.push(buildOktaUser(id, profile, index, seed));
  }

  return [...users, ...buildEdgeUsers(seed)];
}
