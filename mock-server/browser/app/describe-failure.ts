import type { ClientResult } from '../../../contracts/okta-profile-client.ts';

/** What the page tells the person after a failed call, and which fields to mark. */
export interface FailureMessage {
  message: string;
  /** Field name → message, from a 422's `invalidFields`. */
  fieldErrors: Record<string, string>;
}

type Failure = Extract<ClientResult<unknown>, { ok: false }>;

function readInvalidFields(failure: Failure): Record<string, string> {
  const fields = 'invalidFields' in failure.error ? failure.error.invalidFields : undefined;
  if (typeof fields !== 'object' || fields === null) return {};

  return Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => {
      return typeof entry[1] === 'string';
    }),
  );
}

function retryMessage(seconds: number | undefined): string {
  if (seconds === undefined) return 'The profile service is busy. Try again in a moment.';

  const unit = seconds === 1 ? 'second' : 'seconds';
  return `The profile service is busy. Try again in ${seconds} ${unit}.`;
}

/** Turns an error answer of `/internal/okta-profile` into words a person can act on. */
export function describeFailure(failure: Failure): FailureMessage {
  const fieldErrors = failure.status === 422 ? readInvalidFields(failure) : {};

  switch (failure.status) {
    case 400:
      // Only a developer sees this (an unknown ?scenario=, say); the detail tells them why.
      return { message: `The request was refused: ${failure.error.detail}`, fieldErrors };
    case 401:
      return { message: 'Your session has ended. Sign in again.', fieldErrors };
    case 403:
      return { message: 'You are not allowed to see this profile.', fieldErrors };
    case 404:
      return { message: 'No Okta profile was found for your account.', fieldErrors };
    case 412:
      return {
        message: 'Your profile changed since you opened it. Reload the page to see it.',
        fieldErrors,
      };
    case 422:
      return { message: 'Some fields need fixing.', fieldErrors };
    case 503:
      return { message: retryMessage(failure.retryAfterSeconds), fieldErrors };
    case 502:
    case 504:
      return { message: 'Okta is not answering. Try again later.', fieldErrors };
  }

  return { message: `Something went wrong (${failure.status}). Try again later.`, fieldErrors };
}
