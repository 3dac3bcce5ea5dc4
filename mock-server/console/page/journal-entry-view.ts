import type { JournalEntry as RecordedEntry } from '../../admin/request-journal.ts';
import { createElement } from '../../browser/app/create-element.ts';

/**
 * One request as `GET /__mock/requests` lists it (credentials already masked by the mock):
 * the journal's own entry, after JSON has dropped its undefined fields.
 */
export type JournalEntry = Omit<RecordedEntry, 'body' | 'fault'> & {
  body?: string | null;
  fault?: string | null;
};

function statusClass(status: number): string {
  return `code code-${String(status).charAt(0)}xx`;
}

function scenarioOf(entry: JournalEntry): string | undefined {
  return (
    entry.headers['x-mock-scenario'] ??
    new URLSearchParams(entry.query).get('__scenario') ??
    undefined
  );
}

/** A journal line: method, path, status and time, opening onto headers and body. */
export function renderJournalEntry(entry: JournalEntry): HTMLElement {
  const target = entry.query ? `${entry.path}?${entry.query}` : entry.path;
  const time = new Date(entry.time);
  const scenario = scenarioOf(entry);
  const outcome = entry.fault ? `fault: ${entry.fault}` : String(entry.status);

  const summary = createElement(
    'summary',
    {},
    createElement('span', { class: 'method' }, entry.method),
    ' ',
    createElement('span', { class: 'path' }, target),
    ' ',
    createElement('span', { class: statusClass(entry.status) }, outcome),
    ' ',
    createElement('time', { datetime: entry.time }, time.toLocaleTimeString()),
    ` ${entry.durationMs} ms`,
    scenario ? createElement('span', { class: 'tag' }, ` scenario ${scenario}`) : '',
  );

  const headers = Object.entries(entry.headers).flatMap(([name, value]) => [
    createElement('dt', {}, name),
    createElement('dd', {}, value),
  ]);

  return createElement(
    'li',
    { 'data-journal-id': String(entry.id) },
    createElement(
      'details',
      {},
      summary,
      createElement('h3', {}, 'Headers'),
      createElement('dl', { class: 'headers' }, ...headers),
      entry.body ? createElement('h3', {}, 'Body') : '',
      entry.body ? createElement('pre', {}, entry.body) : '',
    ),
  );
}
