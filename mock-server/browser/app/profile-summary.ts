import type { OktaUserProfileData } from '../../../contracts/okta-profile-types.ts';
import { createElement } from './create-element.ts';

function row(term: string, value: string, testId: string) {
  return [createElement('dt', {}, term), createElement('dd', { 'data-testid': testId }, value)];
}

/** The signed-in person's profile as Okta holds it, every value shown as plain text. */
export function createProfileSummary(profile: OktaUserProfileData): HTMLElement {
  return createElement(
    'section',
    { 'aria-labelledby': 'summary-heading', class: 'summary' },
    createElement('h2', { id: 'summary-heading' }, 'Signed in as'),
    createElement(
      'dl',
      {},
      ...row('Name', `${profile.firstName} ${profile.lastName}`, 'name'),
      ...row('Login', profile.login, 'login'),
      ...row('Email', profile.email, 'email'),
      ...row('EDIPI', profile.cac_edipi ?? 'Not set', 'edipi'),
      ...row('Okta user id', profile.sub, 'sub'),
    ),
  );
}
