/** The profile fields a caller may change, with the label a person reads in messages. */
export const FIELD_LABELS = {
  login: 'Login',
  email: 'Email',
  firstName: 'First Name',
  lastName: 'Last Name',
  cac_edipi: 'EDIPI',
} as const;

export type EditableField = keyof typeof FIELD_LABELS;

export const EDITABLE_FIELDS = Object.keys(FIELD_LABELS) as EditableField[];

export function isEditableField(name: string): name is EditableField {
  return Object.hasOwn(FIELD_LABELS, name);
}

/** A partial update as it is sent to Okta: only the fields the caller gave, already cleaned. */
export type ProfileChanges = Partial<{
  login: string;
  email: string;
  firstName: string;
  lastName: string;
  cac_edipi: string | null;
}>;
