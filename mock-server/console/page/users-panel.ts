import { createElement } from '../../browser/app/create-element.ts';
import { callAdmin, describeProblem, type AdminAnswer, type AdminProblem } from './admin-fetch.ts';
import { createStatusLine } from './status-line.ts';
import { renderUserCard, showValue, type OktaUserView } from './user-card.ts';
import { createUserForm } from './user-form.ts';

function userPath(id: string) {
  return `/__mock/users/${encodeURIComponent(id)}`;
}

/** Lists the Okta mock's users, and adds, edits and deletes them through `/__mock/users`. */
export function createUsersPanel() {
  const count = createElement('span', {});
  const heading = createElement('h2', { id: 'users-heading', tabindex: '-1' }, 'Okta users ');
  heading.append(count);
  const list = createElement('ul', { class: 'users', 'aria-labelledby': 'users-heading' });
  const addArea = createElement('div', {});
  const addButton = createElement('button', { type: 'button', 'aria-expanded': 'false' });
  addButton.textContent = 'Add user';
  const status = createStatusLine();
  let editing: string | undefined;

  function showRefusal(answer: AdminAnswer, form: ReturnType<typeof createUserForm>) {
    const others = form.showErrors((answer.body as AdminProblem | undefined)?.invalidFields ?? {});
    status.warn([describeProblem(answer), ...others].join(' '));
  }

  function openEditor(card: HTMLElement, user: OktaUserView) {
    editing = user.id;
    const login = showValue(user.profile.login);
    const form = createUserForm({
      idPrefix: `edit-${user.id}`,
      heading: `Edit ${login}`,
      submitLabel: 'Save user',
      profile: user.profile,
      onCancel: () => void refresh(user.id),
      onSubmit: async (changes) => {
        const answer = await callAdmin('PATCH', userPath(user.id), { profile: changes });
        if (!answer.ok) return showRefusal(answer, form);

        status.say(`Saved ${login}.`);
        await refresh(user.id);
      },
    });
    card.replaceChildren(form.element);
    form.focus();
  }

  async function deleteUser(user: OktaUserView) {
    const answer = await callAdmin('DELETE', userPath(user.id));
    if (!answer.ok) return status.warn(describeProblem(answer));

    status.say(`Deleted ${showValue(user.profile.login)}.`);
    await refresh();
    // The button that had focus is gone; the list's heading is the nearest place to land.
    heading.focus();
  }

  /** Reloads the list; `focusUser` puts focus back on that user's Edit button. */
  async function refresh(focusUser?: string) {
    editing = undefined;
    const answer = await callAdmin<OktaUserView[]>('GET', '/__mock/users');
    if (!answer.ok || !Array.isArray(answer.body)) return status.warn(describeProblem(answer));

    count.textContent = `(${answer.body.length})`;
    const cards = answer.body.map((user) => {
      return renderUserCard(user, {
        onEdit: (card) => openEditor(card, user),
        onDelete: () => void deleteUser(user),
      });
    });
    list.replaceChildren(...cards);

    if (focusUser) {
      const selector = `[data-user-id="${CSS.escape(focusUser)}"] button`;
      list.querySelector<HTMLElement>(selector)?.focus();
    }
  }

  function closeAddForm() {
    addArea.replaceChildren();
    addButton.setAttribute('aria-expanded', 'false');
    addButton.focus();
  }

  function openAddForm() {
    const form = createUserForm({
      idPrefix: 'add-user',
      heading: 'New Okta user',
      submitLabel: 'Add user',
      onCancel: closeAddForm,
      onSubmit: async (profile) => {
        const answer = await callAdmin<OktaUserView>('POST', '/__mock/users', { profile });
        if (!answer.ok || !answer.body) return showRefusal(answer, form);

        status.say(`Added ${showValue(answer.body.profile.login)}.`);
        closeAddForm();
        await refresh(answer.body.id);
      },
    });
    addArea.replaceChildren(form.element);
    addButton.setAttribute('aria-expanded', 'true');
    form.focus();
  }

  addButton.addEventListener('click', () => {
    if (addButton.getAttribute('aria-expanded') === 'true') closeAddForm();
    else openAddForm();
  });

  const element = createElement(
    'section',
    { 'aria-labelledby': 'users-heading', class: 'panel panel-wide' },
    heading,
    createElement('div', { class: 'actions' }, addButton),
    addArea,
    status.element,
    list,
  );

  return {
    element,
    refresh,
    /** Whether a form is open, so a background refresh would throw away typing. */
    isEditing: () => editing !== undefined || addArea.childElementCount > 0,
  };
}
