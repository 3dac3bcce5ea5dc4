import type { OktaClient } from '../okta/okta-client.ts';
import { oktaFailureToApiError } from './okta-failure-to-api-error.ts';
import type { ProfileChanges } from './profile-fields.ts';
import { toProfileData, type OktaUserProfileData } from './to-profile-data.ts';

export interface ProfileResult {
  profile: OktaUserProfileData;
  etag: string | undefined;
}

export interface ProfileService {
  showProfile(oktaUserId: string, requestId: string): Promise<ProfileResult>;
  updateProfile(
    oktaUserId: string,
    changes: ProfileChanges,
    context: { requestId: string; ifMatch?: string },
  ): Promise<ProfileResult>;
}

/** Reads and partially updates a caller's own Okta profile; Okta failures become ApiErrors. */
export function createProfileService(oktaClient: OktaClient): ProfileService {
  async function showProfile(oktaUserId: string, requestId: string) {
    try {
      const { user, etag } = await oktaClient.getUser(oktaUserId, { requestId });
      return { profile: toProfileData(user), etag };
    } catch (error) {
      throw oktaFailureToApiError(error);
    }
  }

  async function updateProfile(
    oktaUserId: string,
    changes: ProfileChanges,
    context: { requestId: string; ifMatch?: string },
  ) {
    // An update that changes nothing must not bump Okta's lastUpdated or ETag.
    if (Object.keys(changes).length === 0 && !context.ifMatch) {
      return showProfile(oktaUserId, context.requestId);
    }

    try {
      const { user, etag } = await oktaClient.updateProfile(oktaUserId, changes, context);
      return { profile: toProfileData(user), etag };
    } catch (error) {
      throw oktaFailureToApiError(error);
    }
  }

  return { showProfile, updateProfile };
}
