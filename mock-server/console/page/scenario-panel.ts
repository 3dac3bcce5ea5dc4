import { createElement } from '../../browser/app/create-element.ts';
import { callAdmin, describeProblem } from './admin-fetch.ts';
import { createStatusLine } from './status-line.ts';

interface ScenarioView {
  active: string;
  available: { name: string; description: string }[];
}

/** Shows the active scenario and switches it through `PUT /__mock/scenario`. */
export function createScenarioPanel() {
  const active = createElement('strong', { 'data-testid': 'active-scenario' });
  const description = createElement('span', {});
  const select = createElement('select', { id: 'scenario-select', name: 'scenario' });
  const status = createStatusLine();
  const form = createElement(
    'form',
    { class: 'inline-form' },
    createElement('label', { for: 'scenario-select' }, 'Scenario for requests that ask for none'),
    select,
    createElement('button', { type: 'submit' }, 'Set scenario'),
  );

  function show(view: ScenarioView) {
    active.textContent = view.active;
    const current = view.available.find((scenario) => scenario.name === view.active);
    description.textContent = current ? ` — ${current.description}` : '';

    select.replaceChildren(
      ...view.available.map(({ name }) => {
        return createElement('option', { value: name, selected: name === view.active }, name);
      }),
    );
  }

  async function refresh() {
    const answer = await callAdmin<ScenarioView>('GET', '/__mock/scenario');
    if (answer.ok && answer.body) show(answer.body);
    else status.warn(describeProblem(answer));
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const answer = await callAdmin<ScenarioView>('PUT', '/__mock/scenario', { name: select.value });
    if (!answer.ok || !answer.body) return status.warn(describeProblem(answer));

    show(answer.body);
    status.say(`Scenario set to ${answer.body.active}.`);
  });

  const element = createElement(
    'section',
    { 'aria-labelledby': 'scenario-heading', class: 'panel' },
    createElement('h2', { id: 'scenario-heading' }, 'Scenario'),
    createElement('p', {}, 'Active: ', active, description),
    form,
    createElement(
      'p',
      { class: 'hint' },
      'A request can still pick its own with the X-Mock-Scenario header or ?__scenario=.',
    ),
    status.element,
  );

  return { element, refresh };
}
