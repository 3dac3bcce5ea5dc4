import type { OktaErrorBody } from './okta-user.ts';

/**
 * How a call to Okta went wrong: Okta answered an error status, sent something unreadable,
 * the connection failed, or Okta did not answer in time.
 */
export type OktaFailureKind = 'status' | 'bad-answer' | 'network' | 'timeout';

export interface OktaFailureDetails {
  status?: number;
  oktaError?: OktaErrorBody;
  /** `X-Rate-Limit-Reset` of the answer, in UTC epoch seconds. */
  rateLimitReset?: number;
  cause?: unknown;
}

/** Thrown by the Okta client; the profile service turns it into the caller's answer. */
export class OktaFailure extends Error {
  readonly kind: OktaFailureKind;
  readonly status: number | undefined;
  readonly oktaError: OktaErrorBody | undefined;
  readonly rateLimitReset: number | undefined;

  constructor(kind: OktaFailureKind, message: string, details: OktaFailureDetails = {}) {
    super(message, { cause: details.cause });
    this.name = 'OktaFailure';
    this.kind = kind;
    this.status = details.status;
    this.oktaError = details.oktaError;
    this.rateLimitReset = details.rateLimitReset;
  }
}
