import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { MockAnswer } from '../core/mock-exchange.ts';
import { createMockApp, type MockApp, type MockAppOptions } from '../mock-app.ts';
import { toMockRequest } from './to-mock-request.ts';

export interface MockHandlersOptions extends MockAppOptions {
  /** Where the app calls `/internal/okta-profile` and `/__mock/*`; '' or a path means same origin. */
  baseUrl?: string;
  /** Where the Okta Users API is reached (for Node tests of code that calls Okta). */
  oktaBaseUrl?: string;
}

export interface MockHandlers {
  handlers: HttpHandler[];
  /** The mock behind the handlers: its store, settings and journal, for tests to arrange. */
  app: MockApp;
}

async function toResponse(answer: MockAnswer | undefined): Promise<Response> {
  if (!answer) return HttpResponse.json({ title: 'Not Found' }, { status: 404 });

  if (answer.delayMs) await delay(answer.delayMs);
  if (answer.fault === 'no-reply') await delay('infinite');
  if (answer.fault) return HttpResponse.error();

  return new HttpResponse(answer.body ?? null, { status: answer.status, headers: answer.headers });
}

/**
 * MSW handlers for `/internal/okta-profile`, the Okta Users API and the admin API, backed by
 * the same mock as `npm run mock`. Use with `setupWorker` in a browser or `setupServer` in Node.
 *
 * @example
 * const { handlers } = await createMockHandlers({ settings: { scenario: 'slow' } });
 * const server = setupServer(...handlers);
 */
export async function createMockHandlers(options: MockHandlersOptions = {}): Promise<MockHandlers> {
  const app = await createMockApp(options);
  const base = (options.baseUrl ?? '').replace(/\/+$/, '');
  const oktaBase = (options.oktaBaseUrl ?? 'https://okta.mock').replace(/\/+$/, '');
  app.okta.setBaseUrl(oktaBase);

  const resolve = async ({ request }: { request: Request }) =>
    toResponse(await app.handle(await toMockRequest(request)));

  const handlers = [
    http.all(`${base}/internal/okta-profile`, resolve),
    http.all(`${base}/__mock/*`, resolve),
    http.all(`${oktaBase}/api/v1/users/*`, resolve),
    http.all(`${oktaBase}/oauth2/default/*`, resolve),
  ];

  return { handlers, app };
}
