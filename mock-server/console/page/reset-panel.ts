import { createElement } from '../../browser/app/create-element.ts';
import { callAdmin, describeProblem } from './admin-fetch.ts';
import { createStatusLine } from './status-line.ts';

/** Puts the whole mock back as it started, through `POST /__mock/reset`. */
export function createResetPanel(onReset: () => Promise<void>) {
  const button = createElement('button', { type: 'button', class: 'danger' }, 'Reset mock');
  const status = createStatusLine();

  button.addEventListener('click', async () => {
    const answer = await callAdmin('POST', '/__mock/reset');
    if (!answer.ok) return status.warn(describeProblem(answer));

    await onReset();
    status.say('The mock is reset: seeded users, starting scenario and latency, empty journal.');
  });

  return createElement(
    'section',
    { 'aria-labelledby': 'reset-heading', class: 'panel' },
    createElement('h2', { id: 'reset-heading' }, 'Reset'),
    createElement(
      'p',
      {},
      'Brings back the seeded users, the scenario and latency the mock started with, and ',
      'empties the journal.',
    ),
    button,
    status.element,
  );
}
