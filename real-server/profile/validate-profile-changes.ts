import { ApiError } from '../http/api-error.ts';
import {
  FIELD_LABELS,
  isEditableField,
  type EditableField,
  type ProfileChanges,
} from './profile-fields.ts';

// Underscore and plus are common in real logins; Okta accepts both.
const ADDRESS = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const EDIPI = /^\d{10}$/;
// Control characters, and the bidi overrides that make text display as something it is not.
const UNSAFE_CHARACTERS = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

type Check = (value: unknown, label: string) => { value: string | null } | { message: string };

function checkAddress(value: unknown, label: string) {
  if (typeof value !== 'string') return { message: `${label} must be text` };

  const trimmed = value.trim();
  if (trimmed.length < 5 || trimmed.length > 100) {
    return { message: `${label} must be 5 to 100 characters` };
  }
  if (!ADDRESS.test(trimmed)) return { message: `${label} must be an email address` };

  return { value: trimmed };
}

function checkName(value: unknown, label: string) {
  if (typeof value !== 'string') return { message: `${label} must be text` };

  const trimmed = value.trim();
  if (trimmed.length < 1 || trimmed.length > 50) {
    return { message: `${label} must be 1 to 50 characters` };
  }
  if (!trimmed.isWellFormed()) return { message: `${label} must be valid Unicode text` };
  if (UNSAFE_CHARACTERS.test(trimmed)) {
    return { message: `${label} must not hold control characters` };
  }

  return { value: trimmed };
}

function checkEdipi(value: unknown, label: string) {
  if (value === null || value === '') return { value: null };
  if (typeof value !== 'string' || !EDIPI.test(value)) {
    return { message: `${label} must be exactly 10 digits` };
  }

  return { value };
}

const CHECKS: Record<EditableField, Check> = {
  login: checkAddress,
  email: checkAddress,
  firstName: checkName,
  lastName: checkName,
  cac_edipi: checkEdipi,
};

/**
 * Checks the fields of a `profile` object against the contract's rules and returns only the
 * editable ones, cleaned. `sub` and unknown keys are dropped: the caller is who the token says.
 *
 * @throws ApiError VALIDATION_FAILED with a readable message per failing field
 */
export function validateProfileChanges(profile: Record<string, unknown>): ProfileChanges {
  const changes: Record<string, string | null> = {};
  const invalidFields: Record<string, string> = {};

  for (const [name, value] of Object.entries(profile)) {
    if (!isEditableField(name)) continue;

    const result = CHECKS[name](value, FIELD_LABELS[name]);
    if ('message' in result) invalidFields[name] = result.message;
    else changes[name] = result.value;
  }

  if (Object.keys(invalidFields).length > 0) {
    throw new ApiError('VALIDATION_FAILED', 'The profile has invalid fields.', { invalidFields });
  }

  return changes as ProfileChanges;
}
