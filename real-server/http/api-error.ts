import { ERROR_CODES, type ErrorCode } from './error-codes.ts';

export interface ApiErrorOptions {
  /** Readable message per field, answered as `invalidFields` on 422. */
  invalidFields?: Record<string, string>;
  /** Extra response headers, such as `Retry-After` or `WWW-Authenticate`. */
  headers?: Record<string, string>;
  cause?: unknown;
}

/**
 * The one error type routes throw: a code from `ERROR_CODES`, a message safe to show the caller,
 * and what the answer needs besides.
 *
 * @example throw new ApiError('OKTA_TIMEOUT', 'Okta did not answer within 5000 ms.')
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly title: string;
  readonly invalidFields: Record<string, string> | undefined;
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, detail: string, options: ApiErrorOptions = {}) {
    super(detail, { cause: options.cause });
    this.name = 'ApiError';
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.title = ERROR_CODES[code].title;
    this.invalidFields = options.invalidFields;
    this.headers = options.headers ?? {};
  }
}
