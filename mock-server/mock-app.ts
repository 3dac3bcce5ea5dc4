import { createAdminApi } from './admin/admin-api.ts';
import { refuseAdminMethod, refuseLargeAdminBody } from './admin/admin-methods.ts';
import { answerPreflight, corsHeaders, isOriginAllowed } from './admin/cors.ts';
import { drawLatency, type MockSettings } from './admin/mock-settings.ts';
import { createRequestJournal } from './admin/request-journal.ts';
import type { MockAnswer, MockRequest } from './core/mock-exchange.ts';
import { createInternalProfileMock } from './internal/internal-profile-mock.ts';
import { createOktaMock, type OktaMockOptions } from './okta/okta-mock.ts';

export interface MockAppOptions {
  okta?: OktaMockOptions;
  /** The settings the mock starts with, and returns to on reset. */
  settings?: Partial<MockSettings>;
  oktaTimeoutMs?: number;
  slowLatencyMs?: number;
  /** Extra handles tried after the mock's own, such as the console page. */
  extraHandles?: ((request: MockRequest) => Promise<MockAnswer | undefined>)[];
}

function initialSettings(given: Partial<MockSettings> = {}): MockSettings {
  return {
    scenario: given.scenario ?? 'ok',
    latency: given.latency ?? { minMs: 0, maxMs: 0 },
    defaultUser: given.defaultUser,
    corsOrigins: given.corsOrigins,
  };
}

/**
 * The whole mock behind one handle: both APIs, the admin API, CORS and the journal. Every
 * adapter (node:http, MSW) serves this same handle.
 *
 * @example const mock = await createMockApp({ settings: { scenario: 'slow' } });
 */
export async function createMockApp(options: MockAppOptions = {}) {
  let startingSettings = initialSettings(options.settings);
  const settings = { ...startingSettings };
  // Okta's rate limit stays off unless asked for: a frontend suite would reach it in seconds.
  const okta = await createOktaMock({ rateLimit: false, ...options.okta });
  const journal = createRequestJournal();

  const internal = createInternalProfileMock(okta, {
    defaultScenario: () => settings.scenario,
    defaultUser: () => settings.defaultUser,
    latencyMs: () => drawLatency(settings.latency),
    slowLatencyMs: options.slowLatencyMs ?? 2000,
    oktaTimeoutMs: options.oktaTimeoutMs ?? 5000,
  });
  // Seeded users, no faults, starting settings, empty journal: POST /__mock/reset, and
  // app.reset() for tests that hold the app.
  function reset() {
    okta.reset();
    journal.clear();
    Object.assign(settings, startingSettings);
  }
  const admin = createAdminApi({ okta, settings, journal, reset });

  async function route(request: MockRequest): Promise<MockAnswer | undefined> {
    const preflight = answerPreflight(request, settings.corsOrigins);
    if (preflight) return preflight;
    const tooLarge = refuseLargeAdminBody(request);
    if (tooLarge) return tooLarge;

    const answer =
      (await internal.handle(request)) ?? (await okta.handle(request)) ?? admin.handle(request);
    if (answer) return answer;

    for (const extra of options.extraHandles ?? []) {
      const found = await extra(request);
      if (found) return found;
    }
    return refuseAdminMethod(request);
  }

  async function handle(request: MockRequest): Promise<MockAnswer | undefined> {
    const startedAt = performance.now();
    const answer = await route(request);

    // Reading or clearing the journal would otherwise fill it with itself.
    if (request.path !== '/__mock/requests' && request.path !== '/__mock/reset') {
      journal.record(request, answer, performance.now() - startedAt);
    }

    const origin = request.headers.origin;
    if (answer && origin && isOriginAllowed(origin, settings.corsOrigins)) {
      answer.headers = { ...answer.headers, ...corsHeaders(origin) };
    }
    return answer;
  }

  return {
    handle,
    okta,
    settings,
    journal,
    reset,
    /** Applies new starting settings (a reloaded config file) and the current ones with them. */
    applySettings(next: Partial<MockSettings>) {
      startingSettings = initialSettings(next);
      Object.assign(settings, startingSettings);
    },
  };
}

export type MockApp = Awaited<ReturnType<typeof createMockApp>>;
