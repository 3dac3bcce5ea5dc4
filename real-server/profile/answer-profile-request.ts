import { ApiError } from '../http/api-error.ts';
import { parseUpdateBody } from './parse-update-body.ts';
import type { ProfileService } from './profile-service.ts';
import type { OktaUserProfileData } from './to-profile-data.ts';
import { validateProfileChanges } from './validate-profile-changes.ts';

/** One `/internal/okta-profile` request, as every adapter (Express, the mock) hands it over. */
export interface ProfileRequest {
  method: string;
  oktaUserId: string;
  requestId: string;
  contentType: string | undefined;
  contentEncoding?: string | undefined;
  bodyText: string | undefined;
  isBodyTooLarge?: boolean;
  ifMatch: string | undefined;
}

export interface ProfileAnswer {
  status: 200;
  headers: Record<string, string>;
  body: OktaUserProfileData;
}

/**
 * The behaviour of `GET`/`POST /internal/okta-profile`, shared by the real server and the
 * `/internal` mock so the two answer alike. Failures are thrown as ApiError.
 */
export async function answerProfileRequest(
  service: ProfileService,
  request: ProfileRequest,
): Promise<ProfileAnswer> {
  let result;

  if (request.method === 'GET' || request.method === 'HEAD') {
    result = await service.showProfile(request.oktaUserId, request.requestId);
  } else if (request.method === 'POST') {
    const profile = parseUpdateBody({
      contentType: request.contentType,
      contentEncoding: request.contentEncoding,
      text: request.bodyText,
      isTooLarge: request.isBodyTooLarge,
    });
    const changes = validateProfileChanges(profile);
    const ifMatch = request.ifMatch?.trim() || undefined;

    result = await service.updateProfile(request.oktaUserId, changes, {
      requestId: request.requestId,
      ifMatch,
    });
  } else {
    throw new ApiError('METHOD_NOT_ALLOWED', `${request.method} is not supported here.`, {
      headers: { allow: 'GET, POST' },
    });
  }

  const headers: Record<string, string> = {};
  if (result.etag) headers.etag = result.etag;

  return { status: 200, headers, body: result.profile };
}
