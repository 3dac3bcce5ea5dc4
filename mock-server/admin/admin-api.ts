import { jsonAnswer, type MockAnswer, type MockRequest } from '../core/mock-exchange.ts';
import { readJsonBody } from '../core/read-json-body.ts';
import type { OktaMock } from '../okta/okta-mock.ts';
import { isScenarioName, SCENARIO_NAMES, SCENARIOS } from '../scenarios/scenario-catalog.ts';
import { parseLatency, type MockSettings } from './mock-settings.ts';
import type { RequestJournal } from './request-journal.ts';
import { createUsersAdmin } from './users-admin.ts';

function badRequest(detail: string): MockAnswer {
  return jsonAnswer(400, { title: 'Bad Request', detail });
}

function describeLatencyProblem(value: unknown): string {
  const { minMs, maxMs } = (value ?? {}) as { minMs?: unknown; maxMs?: unknown };
  if (typeof minMs === 'number' && typeof maxMs === 'number' && minMs > maxMs) {
    return 'minMs is larger than maxMs; send the range low to high.';
  }

  return 'Send a number of ms, or {"minMs": n, "maxMs": n}, up to 60000.';
}

/**
 * The admin API under `/__mock/` (see contracts/mock-admin-api.yaml): scenario, latency,
 * users, reset and the request journal.
 */
export function createAdminApi(options: {
  okta: OktaMock;
  settings: MockSettings;
  journal: RequestJournal;
  /** Puts settings back to how the mock started (config file, env, flags). */
  /** Everything back as it started: users, faults, settings, journal. */
  reset: () => void;
}) {
  const { okta, settings, journal } = options;
  const users = createUsersAdmin(okta);

  function scenarioView() {
    return {
      active: settings.scenario,
      available: SCENARIO_NAMES.map((name) => ({ name, description: SCENARIOS[name].description })),
    };
  }

  function setScenario(request: MockRequest): MockAnswer {
    const body = readJsonBody(request);
    const name = 'value' in body ? (body.value as { name?: unknown } | null)?.name : undefined;
    if (!isScenarioName(name)) {
      return badRequest(`Send {"name": "<scenario>"} with one of: ${SCENARIO_NAMES.join(', ')}.`);
    }

    settings.scenario = name;
    return jsonAnswer(200, scenarioView());
  }

  function setLatency(request: MockRequest): MockAnswer {
    const body = readJsonBody(request);
    const latency = 'value' in body ? parseLatency(body.value) : undefined;
    if (!latency) return badRequest(describeLatencyProblem('value' in body ? body.value : null));

    settings.latency = latency;
    return jsonAnswer(200, settings.latency);
  }

  function handle(request: MockRequest): MockAnswer | undefined {
    const route = `${request.method} ${request.path}`;

    switch (route) {
      case 'GET /__mock/scenario':
        return jsonAnswer(200, scenarioView());
      case 'PUT /__mock/scenario':
        return setScenario(request);
      case 'GET /__mock/latency':
        return jsonAnswer(200, settings.latency);
      case 'PUT /__mock/latency':
        return setLatency(request);
      case 'GET /__mock/requests':
        return jsonAnswer(200, journal.list());
      case 'DELETE /__mock/requests':
        journal.clear();
        return { status: 204, headers: {} };
      case 'POST /__mock/reset':
        options.reset();
        return { status: 204, headers: {} };
    }

    return users.handle(request);
  }

  return { handle };
}
