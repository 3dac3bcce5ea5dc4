import type { components as Internal } from './generated/internal-api.ts';
import type { components as Okta } from './generated/okta-users-api.ts';

/** `GET`/`POST /internal/okta-profile` answer (contracts/internal-api.yaml). */
export type OktaUserProfileData = Internal['schemas']['OktaUserProfileData'];
/** The fields a `POST` may change; every one is optional. */
export type OktaUserProfileUpdate = Internal['schemas']['OktaUserProfileUpdate'];
/** The `POST /internal/okta-profile` body: `{ profile }`. */
export type UpdateOktaUserProfileData = Internal['schemas']['UpdateOktaUserProfileData'];
/** Every error answer of the internal API: `title`, `detail`, `instance` (the request id). */
export type ErrorBody = Internal['schemas']['Error'];
/** The 422 answer, with a readable message per field in `invalidFields`. */
export type ValidationErrorBody = Internal['schemas']['ValidationError'];

/** Okta's `User` (contracts/okta-users-api.yaml). */
export type OktaUser = Okta['schemas']['User'];
/** Okta's `UserProfile`, with the org's custom attribute `cac_edipi` (absent when never set). */
export type OktaUserProfile = Okta['schemas']['UserProfile'];
/** Okta's error body (`errorCode`, `errorSummary`, `errorCauses`, ...). */
export type OktaErrorBody = Okta['schemas']['Error'];
/** One entry of `errorCauses`; for validation, `errorSummary` reads `field: message`. */
export type OktaErrorCause = Okta['schemas']['ErrorCause'];
/** The body of Okta's `POST` (partial) and `PUT` (full) `/api/v1/users/{id}`. */
export type OktaUpdateUserRequest = Okta['schemas']['UpdateUserRequest'];
