import { createOktaProfileClient } from '../../../contracts/okta-profile-client.ts';
import { readDemoSettings, toMockHeaders } from './demo-settings.ts';
import { renderProfilePage } from './profile-page.ts';

// The demo's entry point. With no API address the MSW worker must be running before the first
// request, so the mock is started (and its code loaded) before anything renders.
const settings = readDemoSettings(window.location.href, document);
if (settings.apiBaseUrl === undefined) {
  const { startMockWorker } = await import('./start-mock-worker.ts');
  await startMockWorker();
}

const client = createOktaProfileClient({
  baseUrl: settings.apiBaseUrl ?? '',
  headers: toMockHeaders(settings),
});
const root = document.querySelector<HTMLElement>('#app');
if (root) await renderProfilePage(root, client, settings.scenario);
