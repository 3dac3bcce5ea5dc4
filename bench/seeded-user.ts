import { seedOktaUsers } from '../mock-server/okta/seed-users.ts';

/** The default caller of every mock here (the same faker seed), and its profile's JSON. */
export interface SeededUser {
  id: string;
  profileJson: string;
}

let seeded: SeededUser | undefined;

/** The first seeded Okta user, read from the seeding code so a change there follows. */
export function seededFirstUser(): SeededUser {
  if (seeded) return seeded;

  const first = seedOktaUsers()[0];
  if (!first) throw new Error('the Okta mock seeds no users');
  // The contract's six fields in the real server's order (real-server/profile/to-profile-data.ts).
  const { login, email, firstName, lastName, cac_edipi } = first.profile;
  const profile = {
    sub: first.id,
    login,
    email,
    firstName,
    lastName,
    cac_edipi: cac_edipi ?? null,
  };
  seeded = { id: first.id, profileJson: JSON.stringify(profile) };

  return seeded;
}
