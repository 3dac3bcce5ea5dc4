import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { EDGE_USERS } from '../../mock-server/okta/seed-users.ts';
import { causesOf, startOktaMock, type OktaMockFixture } from './okta-mock-fixture.ts';

let mock: OktaMockFixture;
const target = EDGE_USERS.plusLogin.id;
const fullProfile = {
  login: 'dana+okta@example.com',
  email: 'dana@example.com',
  firstName: 'Dana',
  lastName: 'Plus',
};

beforeAll(async () => {
  mock = await startOktaMock();
});
beforeEach(() => mock.okta.reset());
afterAll(() => mock.close());

describe('Okta profile validation on POST', () => {
  test.each([
    [{ login: 'no-at-sign' }, 'login: Username must be in the form of an email address'],
    [{ login: 'a b@example.com' }, 'login: Username must be in the form of an email address'],
    [{ login: `${'l'.repeat(90)}@example.com` }, 'login: The field cannot exceed 100 characters'],
    [{ email: 'bad@' }, 'email: Does not match required pattern'],
    [{ email: 'dana@example' }, 'email: Does not match required pattern'],
    [{ firstName: '' }, 'firstName: The field cannot be left blank'],
    [{ firstName: null }, 'firstName: The field cannot be left blank'],
    [{ lastName: '   ' }, 'lastName: The field cannot be left blank'],
    [{ firstName: 'x'.repeat(51) }, 'firstName: The field cannot exceed 50 characters'],
    [{ lastName: 'x'.repeat(51) }, 'lastName: The field cannot exceed 50 characters'],
    [{ cac_edipi: '123456789' }, 'cac_edipi: Does not match required pattern'],
    [{ cac_edipi: '12345678901' }, 'cac_edipi: Does not match required pattern'],
    [{ cac_edipi: '12345abcde' }, 'cac_edipi: Does not match required pattern'],
    [{ cac_edipi: 1234567890 }, 'cac_edipi: Does not match required type'],
    [{ firstName: 42 }, 'firstName: Does not match required type'],
    [{ mobilePhone: ['555'] }, 'mobilePhone: Does not match required type'],
    [{ countryCode: 'USA' }, 'countryCode: The field cannot exceed 2 characters'],
    [
      { favouriteColour: 'red' },
      'favouriteColour: Property name favouriteColour is not defined in profile',
    ],
    [
      { login: EDGE_USERS.noEdipi.login.toUpperCase() },
      'login: An object with this field already exists in the current organization',
    ],
    [
      { login: 'zoé.obrien@example.com' },
      'login: An object with this field already exists in the current organization',
    ],
  ])('answers 400 E0000001 for %j and writes nothing', async (profile, cause) => {
    const before = structuredClone(mock.okta.store.find(target)!.user);
    const field = cause.slice(0, cause.indexOf(':'));

    const response = await mock.write('POST', target, profile);
    const body = await response.json();

    expect(response.status).toBe(400);
    expect(body).toMatchObject({ errorCode: 'E0000001', errorLink: 'E0000001' });
    expect(body.errorSummary).toBe(`Api validation failed: ${field}`);
    expect(causesOf(body)).toEqual([cause]);
    expect(mock.okta.store.find(target)!.user).toEqual(before);
  });

  test('lists every failing field and names the first in the summary', async () => {
    const response = await mock.write('POST', target, { email: 'bad', firstName: '' });
    const body = await response.json();

    expect(body.errorSummary).toBe('Api validation failed: firstName');
    expect(causesOf(body)).toEqual([
      'firstName: The field cannot be left blank',
      'email: Does not match required pattern',
    ]);
  });

  test('accepts a user keeping their own login in another case', async () => {
    const response = await mock.write('POST', target, { login: 'DANA+OKTA@example.com' });

    expect(response.status).toBe(200);
    expect((await response.json()).profile.login).toBe('DANA+OKTA@example.com');
  });

  test('accepts an EDIPI of exactly ten digits and null to clear it', async () => {
    const set = await mock.write('POST', EDGE_USERS.noEdipi.id, { cac_edipi: '0123456789' });
    const cleared = await mock.write('POST', EDGE_USERS.noEdipi.id, { cac_edipi: null });

    expect((await set.json()).profile.cac_edipi).toBe('0123456789');
    expect((await cleared.json()).profile).not.toHaveProperty('cac_edipi');
  });

  test.each([
    ['a body that is not JSON', '{oops'],
    ['a JSON array', '[]'],
    ['a profile that is a string', '{"profile":"Dana"}'],
    ['a profile that is an array', '{"profile":["Dana"]}'],
    ['an empty body', ''],
  ])('answers 400 E0000003 for %s', async (_name, body) => {
    const response = await mock.users(target, { method: 'POST', body });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errorCode: 'E0000003',
      errorSummary: 'The request body was not well-formed.',
    });
    expect(response.headers.get('x-rate-limit-limit')).toMatch(/^\d+$/);
  });

  test('answers 400 E0000003 naming the body when it is over 16 KiB', async () => {
    const profile = { displayName: 'x'.repeat(20_000) };

    const response = await mock.write('POST', target, profile);

    expect(response.status).toBe(400);
    expect(causesOf(await response.json())).toEqual(['body: The request body is too large']);
  });
});

describe('Okta profile validation on PUT', () => {
  test.each(['login', 'email', 'firstName', 'lastName'])(
    'answers 400 when %s is left out of a replace',
    async (field) => {
      const profile: Record<string, string> = { ...fullProfile };
      delete profile[field];

      const response = await mock.write('PUT', target, profile);

      expect(response.status).toBe(400);
      expect(causesOf(await response.json())).toEqual([`${field}: The field cannot be left blank`]);
    },
  );

  test('keeps no attribute the replace left out', async () => {
    const response = await mock.write('PUT', target, fullProfile);
    const { profile } = await response.json();

    expect(profile).toEqual(fullProfile);
    expect(mock.okta.store.find(target)!.user.profile).not.toHaveProperty('cac_edipi');
  });
});
