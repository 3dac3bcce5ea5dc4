import type { JournalEntry } from './journal-entry-view.ts';
import { createJournalPanel } from './journal-panel.ts';
import { createLatencyPanel } from './latency-panel.ts';
import { createResetPanel } from './reset-panel.ts';
import { createScenarioPanel } from './scenario-panel.ts';
import { createUsersPanel } from './users-panel.ts';

// The console's entry point, loaded by GET /__mock/ as an external module (no inline script).
const scenario = createScenarioPanel();
const latency = createLatencyPanel();
const users = createUsersPanel();

const USER_PATHS = /^\/(internal\/|api\/v1\/users|__mock\/users)/;

// Another tab, a curl or the app under test may change the mock; the journal tells us when.
function followChanges(entries: JournalEntry[]) {
  const changes = entries.filter((entry) => entry.method !== 'GET');
  if (changes.some((entry) => entry.path === '/__mock/scenario')) void scenario.refresh();
  if (changes.some((entry) => entry.path === '/__mock/latency')) void latency.refresh();

  const touchesUsers = changes.some((entry) => USER_PATHS.test(entry.path));
  if (touchesUsers && !users.isEditing()) void users.refresh();
}

async function refreshAll() {
  await Promise.all([scenario.refresh(), latency.refresh(), users.refresh()]);
}

const journal = createJournalPanel({ onNewRequests: followChanges });
const reset = createResetPanel(refreshAll);

document
  .querySelector('#console')
  ?.append(scenario.element, latency.element, reset, journal.element, users.element);

await refreshAll();
journal.start();
