import type {
  OktaUserProfileData,
  OktaUserProfileUpdate,
} from '../../../contracts/okta-profile-types.ts';
import { createElement } from './create-element.ts';

type EditableField = 'firstName' | 'lastName' | 'email' | 'cac_edipi';

interface FieldSpec {
  name: EditableField;
  label: string;
  type: 'text' | 'email';
  autocomplete: string;
  hint?: string;
}

const FIELDS: readonly FieldSpec[] = [
  { name: 'firstName', label: 'First name', type: 'text', autocomplete: 'given-name' },
  { name: 'lastName', label: 'Last name', type: 'text', autocomplete: 'family-name' },
  { name: 'email', label: 'Email', type: 'email', autocomplete: 'email' },
  {
    name: 'cac_edipi',
    label: 'EDIPI',
    type: 'text',
    autocomplete: 'off',
    hint: '10 digits from your CAC; leave empty if you have none.',
  },
];

function currentValue(profile: OktaUserProfileData, name: EditableField): string {
  return profile[name] ?? '';
}

function createField(spec: FieldSpec) {
  const id = `field-${spec.name}`;
  const hintId = spec.hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const input = createElement('input', {
    id,
    name: spec.name,
    type: spec.type,
    autocomplete: spec.autocomplete,
    inputmode: spec.name === 'cac_edipi' ? 'numeric' : undefined,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' '),
  });
  const error = createElement('p', { id: errorId, class: 'field-error', hidden: true });
  const wrapper = createElement(
    'div',
    { class: 'field' },
    createElement('label', { for: id }, spec.label),
    spec.hint && createElement('p', { id: hintId, class: 'hint' }, spec.hint),
    input,
    error,
  );

  return { spec, input, error, wrapper };
}

/**
 * The edit form for the four fields a person may change. It sends only what changed, and
 * marks fields named in a 422's `invalidFields`.
 */
export function createProfileForm(onSave: (changes: OktaUserProfileUpdate) => void) {
  const fields = FIELDS.map(createField);
  const button = createElement('button', { type: 'submit' }, 'Save changes');
  // The server is the one judge of validity; the browser's own checks would hide its 422.
  const form = createElement(
    'form',
    { novalidate: true, 'aria-labelledby': 'edit-heading' },
    createElement('h2', { id: 'edit-heading' }, 'Edit your profile'),
    ...fields.map((field) => field.wrapper),
    button,
  );
  let saved: OktaUserProfileData | undefined;

  function fill(profile: OktaUserProfileData) {
    saved = profile;
    for (const field of fields) field.input.value = currentValue(profile, field.spec.name);
  }

  function readChanges(): OktaUserProfileUpdate {
    const changes: OktaUserProfileUpdate = {};
    for (const { spec, input } of fields) {
      if (saved && input.value === currentValue(saved, spec.name)) continue;
      if (spec.name === 'cac_edipi') changes.cac_edipi = input.value.trim() || null;
      else changes[spec.name] = input.value;
    }

    return changes;
  }

  /** Marks the fields; returns the messages for fields this form does not show. */
  function showFieldErrors(errors: Record<string, string>): string[] {
    const unmatched = { ...errors };
    for (const { spec, input, error } of fields) {
      const message = errors[spec.name];
      delete unmatched[spec.name];
      error.textContent = message ?? '';
      error.hidden = !message;
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }

    const firstInvalid = fields.find((field) => errors[field.spec.name]);
    firstInvalid?.input.focus();
    return Object.values(unmatched);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSave(readChanges());
  });

  return {
    element: form,
    fill,
    showFieldErrors,
    setBusy(isBusy: boolean) {
      button.disabled = isBusy;
      form.setAttribute('aria-busy', String(isBusy));
    },
  };
}
