import type { OktaProfile } from './okta-user.ts';

const LOGIN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMAIL = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const EDIPI = /^\d{10}$/;

// The string attributes this org's profile schema defines, with the maxLength Okta's spec
// gives (0 = none, or left to a pattern); anything else is refused as undefined, as Okta does.
const ATTRIBUTE_MAX_LENGTH: Record<string, number> = {
  login: 100,
  email: 100,
  firstName: 50,
  lastName: 50,
  cac_edipi: 0,
  mobilePhone: 100,
  primaryPhone: 100,
  secondEmail: 100,
  city: 128,
  state: 128,
  countryCode: 2,
  zipCode: 50,
  streetAddress: 1024,
  postalAddress: 4096,
  displayName: 0,
  nickName: 0,
  middleName: 0,
  honorificPrefix: 0,
  honorificSuffix: 0,
  title: 0,
  department: 0,
  organization: 0,
  division: 0,
  costCenter: 0,
  employeeNumber: 0,
  userType: 0,
  preferredLanguage: 0,
  locale: 0,
  timezone: 0,
  profileUrl: 0,
  manager: 0,
  managerId: 0,
};
const REQUIRED = ['login', 'email', 'firstName', 'lastName'];

function checkRequired(field: string, value: unknown, causes: string[]) {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    causes.push(`${field}: The field cannot be left blank`);
  }
}

function checkPatterns(profile: Record<string, unknown>, causes: string[]) {
  const { login, email, cac_edipi: edipi } = profile;

  if (typeof login === 'string' && login.trim() !== '' && !LOGIN.test(login)) {
    causes.push('login: Username must be in the form of an email address');
  }
  if (typeof email === 'string' && email.trim() !== '' && !EMAIL.test(email)) {
    causes.push('email: Does not match required pattern');
  }
  if (typeof edipi === 'string' && !EDIPI.test(edipi)) {
    causes.push('cac_edipi: Does not match required pattern');
  }
}

/**
 * Okta's checks on a whole profile (after a partial update is merged), as `field: message`
 * causes in schema order; an empty list means valid. Login uniqueness is the store's job.
 */
export function validateOktaProfile(profile: Record<string, unknown>): string[] {
  const causes: string[] = [];

  for (const field of REQUIRED) checkRequired(field, profile[field], causes);

  for (const [name, value] of Object.entries(profile)) {
    const maxLength = ATTRIBUTE_MAX_LENGTH[name];
    if (!Object.hasOwn(ATTRIBUTE_MAX_LENGTH, name) || maxLength === undefined) {
      causes.push(`${name}: Property name ${name} is not defined in profile`);
    } else if (value !== null && typeof value !== 'string') {
      causes.push(`${name}: Does not match required type`);
    } else if (typeof value === 'string' && maxLength > 0 && value.length > maxLength) {
      causes.push(`${name}: The field cannot exceed ${maxLength} characters`);
    }
  }

  checkPatterns(profile, causes);

  return causes;
}

/** Applies a partial update: keys set to null clear the attribute, as Okta does. */
export function mergeProfile(current: OktaProfile, changes: Record<string, unknown>): OktaProfile {
  // fromEntries defines own properties, so a `__proto__` key stays data and fails validation.
  const merged = Object.fromEntries([...Object.entries(current), ...Object.entries(changes)]);
  // A custom attribute cleared with null is absent afterwards, like one never set.
  if (merged.cac_edipi === null) delete merged.cac_edipi;

  return merged as OktaProfile;
}

/** Okta's checks plus login uniqueness against the other users of the store. */
export function findProfileProblems(
  profile: Record<string, unknown>,
  loginTakenBy: (login: string, exceptId?: string) => string | undefined,
  userId?: string,
): string[] {
  const causes = validateOktaProfile(profile);
  if (typeof profile.login === 'string' && loginTakenBy(profile.login, userId)) {
    causes.push('login: An object with this field already exists in the current organization');
  }

  return causes;
}
