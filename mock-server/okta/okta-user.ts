/** An Okta `User` as the Users API answers it (a subset of Okta's schema). */
export interface OktaUser {
  id: string;
  status: string;
  created: string;
  activated: string | null;
  statusChanged: string | null;
  lastLogin: string | null;
  lastUpdated: string;
  passwordChanged: string | null;
  type: { id: string };
  profile: OktaProfile;
  credentials: {
    password: Record<string, never>;
    provider: { type: string; name: string };
  };
  _links: Record<string, { href: string; hints?: { allow: string[] } }>;
}

/** Okta's profile: standard attributes plus the custom `cac_edipi`, absent when never set. */
export interface OktaProfile {
  login: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  cac_edipi?: string;
  [attribute: string]: unknown;
}
