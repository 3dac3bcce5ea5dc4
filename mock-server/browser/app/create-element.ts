/** Attribute values; `false` or `undefined` leave the attribute out. */
type Attributes = Record<string, string | boolean | undefined>;
type Child = Node | string | undefined | false;

/**
 * Builds an element from trusted tag and attribute names and untrusted text: text always
 * goes in as text nodes, so data holding `<script>` shows as characters and never runs.
 *
 * @example createElement('p', { class: 'note' }, 'Saved ', profile.firstName)
 */
export function createElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }

  for (const child of children) {
    if (child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }

  return element;
}
