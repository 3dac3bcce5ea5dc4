import { setupWorker } from 'msw/browser';
import { createMockHandlers } from '../../msw/index.ts';

/**
 * Starts the MSW service worker with the mock's handlers, so `/internal/okta-profile` is
 * answered inside the page. Await it before the first request, or that request escapes.
 */
export async function startMockWorker() {
  const { handlers, app } = await createMockHandlers();
  const worker = setupWorker(...handlers);

  // Page assets are not the mock's business; let them through without a warning.
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledFrame: 'bypass',
    quiet: true,
  });

  return { worker, app };
}
