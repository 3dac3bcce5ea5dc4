import { ApiError } from '../http/api-error.ts';
import { OktaFailure } from '../okta/okta-failure.ts';
import type { OktaErrorBody } from '../okta/okta-user.ts';
import { FIELD_LABELS, isEditableField } from './profile-fields.ts';

// Okta spells the summary both "Api validation failed" and "API validation failed".
const SUMMARY_FIELD = /^api validation failed:\s*(\S+)/i;

function labelOf(field: string): string {
  return isEditableField(field) ? FIELD_LABELS[field] : field;
}

/** Reads Okta's `errorCauses` ("login: An object with this field already exists") per field. */
function toInvalidFields(oktaError: OktaErrorBody): Record<string, string> {
  const invalidFields: Record<string, string> = {};

  for (const cause of oktaError.errorCauses ?? []) {
    const match = /^([^:\s]+):\s*(.+)$/s.exec(cause.errorSummary ?? '');
    if (match?.[1] && match[2]) invalidFields[match[1]] = `${labelOf(match[1])}: ${match[2]}`;
  }

  const summaryField = SUMMARY_FIELD.exec(oktaError.errorSummary ?? '')?.[1];
  if (Object.keys(invalidFields).length === 0 && summaryField && summaryField !== '{0}') {
    invalidFields[summaryField] = `${labelOf(summaryField)} was refused by Okta`;
  }

  return invalidFields;
}

function retryAfterSeconds(rateLimitReset: number | undefined): string {
  const nowSeconds = Math.floor(Date.now() / 1000);
  const seconds = rateLimitReset === undefined ? 60 : rateLimitReset - nowSeconds;

  return String(Math.min(Math.max(seconds, 1), 3600));
}

function fromOktaStatus(failure: OktaFailure): ApiError {
  const code = failure.oktaError?.errorCode;

  switch (failure.status) {
    case 400:
      if (code !== 'E0000001') break;
      return new ApiError('VALIDATION_FAILED', 'Okta refused the profile.', {
        invalidFields: toInvalidFields(failure.oktaError!),
        cause: failure,
      });
    case 401:
      return new ApiError('OKTA_MISCONFIGURED', 'The server could not complete the request.', {
        cause: failure,
      });
    case 403:
      return new ApiError('FORBIDDEN', 'You may not read or change this profile.', {
        cause: failure,
      });
    case 404:
      return new ApiError('OKTA_USER_NOT_FOUND', 'Okta has no user for this account.', {
        cause: failure,
      });
    case 412:
      return new ApiError(
        'PRECONDITION_FAILED',
        'The profile changed since it was read; read it again.',
        {
          cause: failure,
        },
      );
    case 429:
      return new ApiError('OKTA_RATE_LIMITED', 'Okta is limiting requests; try again later.', {
        headers: { 'retry-after': retryAfterSeconds(failure.rateLimitReset) },
        cause: failure,
      });
  }

  return new ApiError('OKTA_BAD_ANSWER', 'Okta could not complete the request.', {
    cause: failure,
  });
}

/**
 * Translates a failed Okta call into the caller's answer, per the design's behaviour table.
 * Okta's own text never reaches the caller, except per-field validation messages.
 */
export function oktaFailureToApiError(error: unknown): unknown {
  if (!(error instanceof OktaFailure)) return error;

  if (error.kind === 'timeout') {
    return new ApiError('OKTA_TIMEOUT', 'Okta did not answer in time.', { cause: error });
  }
  if (error.kind === 'status') return fromOktaStatus(error);

  return new ApiError('OKTA_BAD_ANSWER', 'Okta could not complete the request.', { cause: error });
}
