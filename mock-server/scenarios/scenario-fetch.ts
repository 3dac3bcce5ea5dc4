import type { MockHandle } from '../core/in-process-fetch.ts';
import type { MockAnswer, MockRequest } from '../core/mock-exchange.ts';
import { answerForFault } from '../okta/apply-fault.ts';
import { SCENARIOS, type ScenarioDefinition, type ScenarioName } from './scenario-catalog.ts';

/**
 * Wraps the Okta mock's handle so that, for one `/internal` request, Okta misbehaves the way
 * the scenario says; the Okta mock itself (and every other caller) is unaffected.
 */
export function withScenario(
  handle: MockHandle,
  scenario: ScenarioName,
  slowLatencyMs: number,
): MockHandle {
  const definition: ScenarioDefinition = SCENARIOS[scenario];
  const fault = definition.okta;
  if (!fault) return handle;

  return async (request: MockRequest): Promise<MockAnswer | undefined> => {
    if (fault.methods && !fault.methods.includes(request.method)) return handle(request);

    if (fault.kind === 'latency') {
      const answer = await handle(request);
      return answer && { ...answer, delayMs: slowLatencyMs };
    }

    const rateReset = String(Math.ceil(Date.now() / 1000) + 30);
    const rateHeaders = {
      'x-rate-limit-limit': '600',
      'x-rate-limit-remaining': fault.status === 429 ? '0' : '599',
      'x-rate-limit-reset': rateReset,
    };
    const userId = decodeURIComponent(request.path.split('/').pop() ?? '');

    const oktaFault = { id: scenario, kind: fault.kind, status: fault.status };
    return answerForFault(oktaFault, rateHeaders, userId);
  };
}
