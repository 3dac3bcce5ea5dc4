import type { OktaUser } from '../okta/okta-user.ts';

/** The profile as the contract answers it (`OktaUserProfileData`). */
export interface OktaUserProfileData {
  sub: string;
  login: string;
  email: string;
  firstName: string;
  lastName: string;
  cac_edipi: string | null;
}

/** Reads the contract's profile out of an Okta user; an EDIPI never set is `null`. */
export function toProfileData(user: OktaUser): OktaUserProfileData {
  const profile = user.profile;

  return {
    sub: user.id,
    login: profile.login,
    email: profile.email,
    firstName: profile.firstName ?? '',
    lastName: profile.lastName ?? '',
    cac_edipi: profile.cac_edipi ?? null,
  };
}
