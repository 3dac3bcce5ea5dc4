import { createElement } from '../../browser/app/create-element.ts';
import { callAdmin, describeProblem } from './admin-fetch.ts';
import { renderJournalEntry, type JournalEntry } from './journal-entry-view.ts';
import { createStatusLine } from './status-line.ts';

const ADMIN_PREFIX = '/__mock';

/**
 * The live request journal: polls `GET /__mock/requests` every `intervalMs`, newest first,
 * adding only new lines so open details and focus survive each poll.
 */
export function createJournalPanel(options: {
  intervalMs?: number;
  onNewRequests?: (entries: JournalEntry[]) => void;
}) {
  const intervalMs = options.intervalMs ?? 1000;
  const list = createElement('ol', { class: 'journal', 'aria-labelledby': 'journal-heading' });
  const showAdmin = createElement('input', { type: 'checkbox', id: 'journal-show-admin' });
  const pause = createElement(
    'button',
    { type: 'button', 'aria-pressed': 'false' },
    'Pause updates',
  );
  const clear = createElement('button', { type: 'button' }, 'Clear journal');
  const status = createStatusLine();
  const rendered = new Map<number, HTMLElement>();
  let entries: JournalEntry[] = [];
  let lastSeenId = 0;

  function isShown(entry: JournalEntry) {
    return showAdmin.checked || !entry.path.startsWith(ADMIN_PREFIX);
  }

  function render() {
    const shown = new Set(entries.filter(isShown).map((entry) => entry.id));
    for (const [id, item] of rendered) {
      if (shown.has(id)) continue;
      item.remove();
      rendered.delete(id);
    }

    for (const entry of entries) {
      if (!shown.has(entry.id) || rendered.has(entry.id)) continue;
      const item = renderJournalEntry(entry);
      list.prepend(item);
      rendered.set(entry.id, item);
    }
  }

  function take(next: JournalEntry[]) {
    const fresh = next.filter((entry) => entry.id > lastSeenId);
    entries = next;
    lastSeenId = Math.max(lastSeenId, ...next.map((entry) => entry.id));
    render();
    if (fresh.length > 0) options.onNewRequests?.(fresh);
  }

  async function poll() {
    if (pause.getAttribute('aria-pressed') === 'true') return;

    try {
      const answer = await callAdmin<JournalEntry[]>('GET', `${ADMIN_PREFIX}/requests`);
      if (answer.ok && Array.isArray(answer.body)) take(answer.body);
      else status.warn(describeProblem(answer));
    } catch {
      status.warn('The mock is not answering; trying again every second.');
    }
  }

  async function loop() {
    await poll();
    setTimeout(() => void loop(), intervalMs);
  }

  showAdmin.addEventListener('change', render);
  pause.addEventListener('click', () => {
    const isPaused = pause.getAttribute('aria-pressed') !== 'true';
    pause.setAttribute('aria-pressed', String(isPaused));
    status.say(isPaused ? 'Updates paused.' : 'Updates resumed.');
  });
  clear.addEventListener('click', async () => {
    const answer = await callAdmin('DELETE', `${ADMIN_PREFIX}/requests`);
    if (!answer.ok) return status.warn(describeProblem(answer));

    take([]);
    status.say('Journal cleared.');
  });

  const element = createElement(
    'section',
    { 'aria-labelledby': 'journal-heading', class: 'panel panel-wide' },
    createElement('h2', { id: 'journal-heading' }, 'Requests'),
    createElement(
      'p',
      { class: 'hint' },
      'Newest first, updated every second. Tokens and cookies keep only their scheme.',
    ),
    createElement(
      'div',
      { class: 'actions' },
      createElement(
        'span',
        { class: 'choice' },
        showAdmin,
        createElement(
          'label',
          { for: 'journal-show-admin' },
          'Show admin API requests (/__mock/…)',
        ),
      ),
      pause,
      clear,
    ),
    status.element,
    list,
  );

  return { element, start: () => void loop(), poll };
}
