import { createElement } from '../../browser/app/create-element.ts';
import { callAdmin, describeProblem } from './admin-fetch.ts';
import { createStatusLine } from './status-line.ts';

interface Latency {
  minMs: number;
  maxMs: number;
}

function numberInput(id: string, label: string) {
  const input = createElement('input', {
    id,
    type: 'number',
    min: '0',
    max: '60000',
    step: '1',
    inputmode: 'numeric',
  });
  const labelElement = createElement('label', { for: id }, label);
  const wrapper = createElement('div', { class: 'field' }, labelElement, input);

  return { input, wrapper };
}

function describeLatency({ minMs, maxMs }: Latency): string {
  if (minMs === maxMs) return minMs === 0 ? 'none' : `${minMs} ms`;

  return `${minMs}–${maxMs} ms, drawn per request`;
}

/** Sets the wait added before each `/internal` answer: fixed, or drawn from a range. */
export function createLatencyPanel() {
  const current = createElement('strong', { 'data-testid': 'active-latency' });
  const fixed = createElement('input', {
    type: 'radio',
    name: 'latency-kind',
    id: 'latency-fixed',
  });
  const range = createElement('input', {
    type: 'radio',
    name: 'latency-kind',
    id: 'latency-range',
  });
  const exact = numberInput('latency-ms', 'Milliseconds');
  const min = numberInput('latency-min', 'From (ms)');
  const max = numberInput('latency-max', 'To (ms)');
  const status = createStatusLine();

  function showKind() {
    exact.wrapper.hidden = !fixed.checked;
    min.wrapper.hidden = fixed.checked;
    max.wrapper.hidden = fixed.checked;
  }

  function show(latency: Latency) {
    current.textContent = describeLatency(latency);
    fixed.checked = latency.minMs === latency.maxMs;
    range.checked = !fixed.checked;
    exact.input.value = String(latency.minMs);
    min.input.value = String(latency.minMs);
    max.input.value = String(latency.maxMs);
    showKind();
  }

  async function refresh() {
    const answer = await callAdmin<Latency>('GET', '/__mock/latency');
    if (answer.ok && answer.body) show(answer.body);
    else status.warn(describeProblem(answer));
  }

  const form = createElement(
    'form',
    {},
    createElement(
      'fieldset',
      {},
      createElement('legend', {}, 'Kind'),
      createElement(
        'div',
        { class: 'choice' },
        fixed,
        createElement('label', { for: 'latency-fixed' }, 'Fixed'),
      ),
      createElement(
        'div',
        { class: 'choice' },
        range,
        createElement('label', { for: 'latency-range' }, 'Range'),
      ),
    ),
    exact.wrapper,
    min.wrapper,
    max.wrapper,
    createElement('button', { type: 'submit' }, 'Set latency'),
  );
  fixed.addEventListener('change', showKind);
  range.addEventListener('change', showKind);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const wanted = fixed.checked
      ? Number(exact.input.value)
      : { minMs: Number(min.input.value), maxMs: Number(max.input.value) };
    const answer = await callAdmin<Latency>('PUT', '/__mock/latency', wanted);
    if (!answer.ok || !answer.body) return status.warn(describeProblem(answer));

    show(answer.body);
    status.say(`Latency set to ${describeLatency(answer.body)}.`);
  });

  const element = createElement(
    'section',
    { 'aria-labelledby': 'latency-heading', class: 'panel' },
    createElement('h2', { id: 'latency-heading' }, 'Latency'),
    createElement('p', {}, 'Added before each /internal answer: ', current),
    form,
    status.element,
  );

  return { element, refresh };
}
