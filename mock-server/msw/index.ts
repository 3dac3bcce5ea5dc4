/**
 * The mock for frontend apps and their tests: MSW handlers plus the names they accept.
 *
 * @example
 * import { setupWorker } from 'msw/browser';
 * import { createMockHandlers } from 'okta-profile-contracts/mock-server/msw/index.ts';
 * const { handlers } = await createMockHandlers();
 * await setupWorker(...handlers).start();
 */
export {
  createMockHandlers,
  type MockHandlers,
  type MockHandlersOptions,
} from './create-mock-handlers.ts';
export { SCENARIO_NAMES, SCENARIOS, type ScenarioName } from '../scenarios/scenario-catalog.ts';
export { EDGE_USERS } from '../okta/seed-users.ts';
