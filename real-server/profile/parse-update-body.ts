import { ApiError } from '../http/api-error.ts';

/** Largest update body accepted, in bytes; the contract answers 413 above it. */
export const MAX_UPDATE_BODY_BYTES = 16 * 1024;

export interface RawUpdateBody {
  contentType: string | undefined;
  /** A compressed body is refused rather than inflated: 16 KiB must stay 16 KiB. */
  contentEncoding?: string | undefined;
  text: string | undefined;
  isTooLarge?: boolean;
}

function isJsonMediaType(contentType: string | undefined): boolean {
  if (!contentType) return false;

  const [mediaType = '', ...params] = contentType.toLowerCase().split(';');
  const isJson = mediaType.trim() === 'application/json';
  const charset = params
    .map((param) => param.trim())
    .find((param) => param.startsWith('charset='))
    ?.slice('charset='.length)
    .replaceAll('"', '');

  return isJson && (charset === undefined || charset === 'utf-8' || charset === 'utf8');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an update request body into its `profile` object, rejecting what the contract rejects:
 * 413 too large, 415 not UTF-8 JSON, 400 malformed or the wrong shape.
 */
export function parseUpdateBody(raw: RawUpdateBody): Record<string, unknown> {
  if (raw.isTooLarge) {
    throw new ApiError('PAYLOAD_TOO_LARGE', 'The request body is larger than 16 KiB.');
  }
  const encoding = raw.contentEncoding?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') {
    throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Send the body without a Content-Encoding.');
  }
  if (!isJsonMediaType(raw.contentType)) {
    throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json in UTF-8.');
  }
  if (raw.text === undefined || raw.text.trim() === '') {
    throw new ApiError('MALFORMED_BODY', 'The request body is empty.');
  }

  let body: unknown;
  try {
    body = JSON.parse(raw.text);
  } catch {
    throw new ApiError('MALFORMED_BODY', 'The request body is not valid JSON.');
  }

  if (!isPlainObject(body)) {
    throw new ApiError('MALFORMED_BODY', 'The request body must be a JSON object.');
  }
  if (!isPlainObject(body.profile)) {
    throw new ApiError('MALFORMED_BODY', 'The request body must hold a profile object.');
  }

  return body.profile;
}
