import { createElement } from '../../browser/app/create-element.ts';

/** The profile attributes the console edits; Okta's user holds more, which stay untouched. */
export const USER_FIELDS = [
  { name: 'login', label: 'Login', type: 'email' },
  { name: 'email', label: 'Email', type: 'email' },
  { name: 'firstName', label: 'First name', type: 'text' },
  { name: 'lastName', label: 'Last name', type: 'text' },
  { name: 'cac_edipi', label: 'EDIPI (10 digits, or empty)', type: 'text' },
] as const;

export type UserProfileFields = Partial<Record<(typeof USER_FIELDS)[number]['name'], unknown>>;

/**
 * A form for one Okta user's profile, used both to add and to edit. `idPrefix` keeps the
 * ids of several open forms apart; `onSubmit` gets only the fields that changed.
 */
export function createUserForm(options: {
  idPrefix: string;
  heading: string;
  submitLabel: string;
  profile?: UserProfileFields;
  onSubmit: (changes: Record<string, string | null>) => void;
  onCancel: () => void;
}) {
  const start = options.profile ?? {};
  const inputs = USER_FIELDS.map((field) => {
    const id = `${options.idPrefix}-${field.name}`;
    const input = createElement('input', {
      id,
      name: field.name,
      type: field.type,
      autocomplete: 'off',
      'aria-describedby': `${id}-error`,
    });
    input.value = typeof start[field.name] === 'string' ? String(start[field.name]) : '';
    const error = createElement('p', { id: `${id}-error`, class: 'field-error', hidden: true });
    const wrapper = createElement(
      'div',
      { class: 'field' },
      createElement('label', { for: id }, field.label),
      input,
      error,
    );

    return { field, input, error, wrapper };
  });

  const cancel = createElement('button', { type: 'button' }, 'Cancel');
  const heading = createElement('h3', { id: `${options.idPrefix}-heading` }, options.heading);
  const form = createElement(
    'form',
    { class: 'user-form', novalidate: true, 'aria-labelledby': heading.id },
    heading,
    ...inputs.map((entry) => entry.wrapper),
    createElement(
      'div',
      { class: 'actions' },
      createElement('button', { type: 'submit' }, options.submitLabel),
      cancel,
    ),
  );

  function readChanges(): Record<string, string | null> {
    const changes: Record<string, string | null> = {};
    for (const { field, input } of inputs) {
      const before = typeof start[field.name] === 'string' ? start[field.name] : '';
      if (input.value === before) continue;
      changes[field.name] = field.name === 'cac_edipi' && input.value === '' ? null : input.value;
    }

    return changes;
  }

  /** Marks fields named in a 400's `invalidFields`; returns messages for any other field. */
  function showErrors(invalidFields: Record<string, string>): string[] {
    const others = { ...invalidFields };
    for (const { field, input, error } of inputs) {
      const message = invalidFields[field.name];
      delete others[field.name];
      error.textContent = message ?? '';
      error.hidden = !message;
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }

    inputs.find((entry) => invalidFields[entry.field.name])?.input.focus();
    return Object.entries(others).map(([name, message]) => `${name}: ${message}`);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    options.onSubmit(readChanges());
  });
  cancel.addEventListener('click', options.onCancel);

  return {
    element: form,
    showErrors,
    focus: () => inputs[0]?.input.focus(),
  };
}
