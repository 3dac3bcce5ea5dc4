import type { MockRequest } from '../core/mock-exchange.ts';
import { isScenarioName, SCENARIO_NAMES, type ScenarioName } from './scenario-catalog.ts';

export class UnknownScenarioError extends Error {
  constructor(name: string) {
    super(`Unknown scenario ${JSON.stringify(name)}; use one of: ${SCENARIO_NAMES.join(', ')}.`);
    this.name = 'UnknownScenarioError';
  }
}

/**
 * The scenario a request asks for: the `X-Mock-Scenario` header, else the `__scenario` query
 * parameter, else the mock's default.
 *
 * @throws UnknownScenarioError for a name the mock does not know
 */
export function pickScenario(request: MockRequest, fallback: ScenarioName): ScenarioName {
  const asked = request.headers['x-mock-scenario'] ?? request.query.get('__scenario') ?? undefined;
  if (asked === undefined || asked === '') return fallback;
  if (!isScenarioName(asked)) throw new UnknownScenarioError(asked);

  return asked;
}
