import { createElement } from '../../browser/app/create-element.ts';

/**
 * A polite live region under a panel: screen readers announce what an action did, and
 * errors are shown in the error style.
 */
export function createStatusLine() {
  const element = createElement('p', { role: 'status', class: 'status' });

  return {
    element,
    say(text: string) {
      element.classList.remove('is-error');
      element.textContent = text;
    },
    warn(text: string) {
      element.classList.add('is-error');
      element.textContent = text;
    },
  };
}
