import type { components as Internal } from './generated/internal-api.ts';
import type { components as Okta } from './generated/okta-users-api.ts';

/** `GET`/`POST /internal/okta-profile` answer (contracts/internal-api.yaml). */
export type OktaUserProfileData = Internal['schemas']['OktaUserProfileData'];
/** The fields a `POST` may change. */
export type OktaUserProfileUpdate = Internal['schemas']['OktaUserProfileUpdate'];
export type UpdateOktaUserProfileData = Internal['schemas']['UpdateOktaUserProfileData'];
/** Every error answer of the internal API. */
export type ErrorBody = Internal['schemas']['Error'];
/** The 422 answer, with a readable message per field. */
export type ValidationErrorBody = Internal['schemas']['ValidationError'];

/** Okta's `User` (contracts/okta-users-api.yaml). */
export type OktaUser = Okta['schemas']['User'];
export type OktaUserProfile = Okta['schemas']['UserProfile'];
export type OktaErrorBody = Okta['schemas']['Error'];
export type OktaErrorCause = Okta['schemas']['ErrorCause'];
export type OktaUpdateUserRequest = Okta['schemas']['UpdateUserRequest'];
