import { createElement } from '../../browser/app/create-element.ts';
import type { UserProfileFields } from './user-form.ts';

/** An Okta user as `GET /__mock/users` lists it (only what the console shows). */
export interface OktaUserView {
  id: string;
  status: string;
  profile: UserProfileFields & Record<string, unknown>;
}

/** A profile value as text, or the fallback when the attribute is unset. */
export function showValue(value: unknown, fallback = 'Not set'): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

function describe(term: string, value: string) {
  return [createElement('dt', {}, term), createElement('dd', {}, value)];
}

/**
 * One user's card: name, login, email, EDIPI, id and status, with Edit and Delete buttons
 * whose accessible names carry the user's name.
 */
export function renderUserCard(
  user: OktaUserView,
  actions: { onEdit: (card: HTMLElement) => void; onDelete: () => void },
): HTMLElement {
  const { profile } = user;
  const name = `${showValue(profile.firstName, '')} ${showValue(profile.lastName, '')}`.trim();
  const forName = createElement('span', { class: 'visually-hidden' }, ` ${name}`);
  const edit = createElement('button', { type: 'button' }, 'Edit', forName);
  const remove = createElement('button', { type: 'button' }, 'Delete', forName.cloneNode(true));
  const card = createElement(
    'li',
    { class: 'user', 'data-user-id': user.id },
    createElement('h3', {}, name || user.id),
    createElement(
      'dl',
      {},
      ...describe('Login', showValue(profile.login)),
      ...describe('Email', showValue(profile.email)),
      ...describe('EDIPI', showValue(profile.cac_edipi)),
      ...describe('Okta user id', user.id),
      ...describe('Status', showValue(user.status)),
    ),
    createElement('div', { class: 'actions' }, edit, remove),
  );

  edit.addEventListener('click', () => actions.onEdit(card));
  remove.addEventListener('click', actions.onDelete);
  return card;
}
