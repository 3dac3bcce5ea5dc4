import type {
  OktaErrorBody as ContractErrorBody,
  OktaUser as ContractUser,
  OktaUserProfile as ContractUserProfile,
} from '../../contracts/okta-profile-types.ts';

/**
 * Okta's `User` as contracts/okta-users-api.yaml describes it, with what the client checks
 * before trusting an answer: an id and a profile with login and email.
 */
export type OktaUser = ContractUser & { id: string; profile: OktaUserProfile };

export type OktaUserProfile = ContractUserProfile & { login: string; email: string };

/** Okta's error body (E0000001 and friends). */
export type OktaErrorBody = ContractErrorBody;
