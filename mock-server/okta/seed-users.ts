import { Faker, base, en } from '@faker-js/faker';
import type { OktaUser, OktaProfile } from './okta-user.ts';

/** Edge users every seed includes, with ids tests and provider states can name. */
export const EDGE_USERS = {
  noEdipi: { id: '00uNoEdipiUser000001', login: 'sam.noedipi@example.com' },
  plusLogin: { id: '00uPlusLoginUser0001', login: 'dana+okta@example.com' },
  unicodeNames: { id: '00uUnicodeNames00001', login: 'zoe.obrien@example.com' },
} as const;

export const DEFAULT_SEED = 20261204;
const OKTA_USER_TYPE_ID = 'oty1a2b3c4d5e6f7g8h9';

// Fixed dates, so the same seed gives byte-identical users on every run.
const CREATED = Date.parse('2025-03-01T09:00:00.000Z');
const DAY_MS = 86_400_000;

function toAsciiLocalPart(name: string): string {
  return name.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
}

/** An Okta user with the given profile, timestamps spread from a fixed start by `index`. */
export function buildOktaUser(id: string, profile: OktaProfile, index = 0): OktaUser {
  const at = (days: number) => new Date(CREATED + (index + days) * DAY_MS).toISOString();

  return {
    id,
    status: 'ACTIVE',
    created: at(0),
    activated: at(0),
    statusChanged: at(0),
    lastLogin: at(30),
    lastUpdated: at(10),
    passwordChanged: at(1),
    type: { id: OKTA_USER_TYPE_ID },
    profile,
    credentials: { password: {}, provider: { type: 'OKTA', name: 'OKTA' } },
    _links: {},
  };
}

function buildEdgeUsers(): OktaUser[] {
  return [
    buildOktaUser(EDGE_USERS.noEdipi.id, {
      login: EDGE_USERS.noEdipi.login,
      email: EDGE_USERS.noEdipi.login,
      firstName: 'Sam',
      lastName: 'Noedipi',
    }, 101),
    buildOktaUser(EDGE_USERS.plusLogin.id, {
      login: EDGE_USERS.plusLogin.login,
      email: EDGE_USERS.plusLogin.login,
      firstName: 'Dana',
      lastName: 'Plus',
      cac_edipi: '5550001234',
    }, 102),
    buildOktaUser(EDGE_USERS.unicodeNames.id, {
      login: EDGE_USERS.unicodeNames.login,
      email: EDGE_USERS.unicodeNames.login,
      firstName: 'Zoë',
      lastName: "O'Brien-Núñez",
      cac_edipi: '5550005678',
    }, 103),
  ];
}

/**
 * The seeded users: `count` made by faker under `seed` (the same users every run, the first
 * always with an EDIPI), then the edge users.
 */
export function seedOktaUsers(options: { seed?: number; count?: number } = {}): OktaUser[] {
  const faker = new Faker({ locale: [en, base], seed: options.seed ?? DEFAULT_SEED });
  const users: OktaUser[] = [];

  for (let index = 0; index < (options.count ?? 8); index += 1) {
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const login = `${toAsciiLocalPart(firstName)}.${toAsciiLocalPart(lastName)}${index}@example.com`;
    const profile: OktaProfile = {
      login,
      email: login,
      firstName,
      lastName,
      mobilePhone: faker.string.numeric(10),
    };
    // Most users have an EDIPI; every fourth has none, as users who never set it.
    if (index % 4 !== 3) {
      profile.cac_edipi = faker.string.numeric({ length: 10, allowLeadingZeros: false });
    }

    users.push(buildOktaUser(`00u${faker.string.alphanumeric(17)}`, profile, index));
  }

  return [...users, ...buildEdgeUsers()];
}
