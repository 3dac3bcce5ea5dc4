import { ApiError } from './api-error.ts';

/** The contract's JSON error body (`Error`, or `ValidationError` when fields are named). */
export interface ErrorBody {
  title: string;
  detail: string;
  instance: string;
  invalidFields?: Record<string, string>;
}

export interface ErrorAnswer {
  status: number;
  headers: Record<string, string>;
  body: ErrorBody;
}

/**
 * Turns anything thrown while serving a request into the answer the caller sees.
 *
 * Errors that are not an `ApiError` become a bare 500: their message and stack may hold internals.
 */
export function toErrorAnswer(error: unknown, requestId: string): ErrorAnswer {
  const apiError =
    error instanceof ApiError
      ? error
      : new ApiError('INTERNAL', 'The server could not complete the request.');

  const body: ErrorBody = {
    title: apiError.title,
    detail: apiError.message,
    instance: requestId,
  };
  if (apiError.invalidFields) body.invalidFields = apiError.invalidFields;

  return { status: apiError.status, headers: apiError.headers, body };
}
