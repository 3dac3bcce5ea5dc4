/** The part of Okta's `User` object this service reads (see contracts/okta-users-api.yaml). */
export interface OktaUser {
  id: string;
  status?: string;
  lastUpdated?: string;
  profile: OktaUserProfile;
  [key: string]: unknown;
}

export interface OktaUserProfile {
  login: string;
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  cac_edipi?: string | null;
  [key: string]: unknown;
}

/** Okta's error body (E0000001 and friends). */
export interface OktaErrorBody {
  errorCode: string;
  errorSummary: string;
  errorLink?: string;
  errorId?: string;
  errorCauses?: { errorSummary: string }[];
}
