import type { OktaProfile } from './okta-user.ts';

const LOGIN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMAIL = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const EDIPI = /^\d{10}$/;

// The attributes this org's profile schema defines: the checked ones, then other standard ones.
const KNOWN_ATTRIBUTES = new Set([
  'login', 'email', 'firstName', 'lastName', 'cac_edipi',
  'mobilePhone', 'primaryPhone', 'displayName', 'nickName', 'title', 'department',
  'organization', 'city', 'state', 'zipCode', 'countryCode', 'preferredLanguage', 'locale',
  'timezone', 'userType', 'employeeNumber', 'costCenter', 'division', 'middleName',
  'honorificPrefix', 'honorificSuffix', 'secondEmail', 'streetAddress', 'postalAddress',
  'profileUrl', 'manager', 'managerId',
]);

function checkName(field: string, value: unknown, causes: string[]) {
  if (typeof value !== 'string' || value.trim() === '') {
    causes.push(`${field}: The field cannot be left blank`);
  } else if (value.length > 50) {
    causes.push(`${field}: The field cannot exceed 50 characters`);
  }
}

/**
 * Okta's checks on a whole profile (after a partial update is merged), as `field: message`
 * causes; an empty list means valid. Login uniqueness is the store's job.
 */
export function validateOktaProfile(profile: Record<string, unknown>): string[] {
  const causes: string[] = [];

  const login = profile.login;
  if (typeof login !== 'string' || login === '') {
    causes.push('login: The field cannot be left blank');
  } else if (!LOGIN.test(login) || login.length > 100) {
    causes.push('login: Username must be in the form of an email address');
  }

  const email = profile.email;
  if (typeof email !== 'string' || email === '') {
    causes.push('email: The field cannot be left blank');
  } else if (!EMAIL.test(email) || email.length > 100) {
    causes.push('email: Does not match required pattern');
  }

  checkName('firstName', profile.firstName, causes);
  checkName('lastName', profile.lastName, causes);

  const edipi = profile.cac_edipi;
  if (edipi !== undefined && edipi !== null && (typeof edipi !== 'string' || !EDIPI.test(edipi))) {
    causes.push('cac_edipi: Does not match required pattern');
  }

  for (const [name, value] of Object.entries(profile)) {
    if (!KNOWN_ATTRIBUTES.has(name)) causes.push(`${name}: Property name ${name} is not defined in profile`);
    else if (typeof value === 'object' && value !== null) {
      causes.push(`${name}: Does not match required type`);
    }
  }

  return causes;
}

/** Applies a partial update: keys set to null clear the attribute, as Okta does. */
export function mergeProfile(current: OktaProfile, changes: Record<string, unknown>): OktaProfile {
  // fromEntries defines own properties, so a `__proto__` key stays data and fails validation.
  const merged = Object.fromEntries([...Object.entries(current), ...Object.entries(changes)]);
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
