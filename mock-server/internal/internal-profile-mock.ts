import { ApiError } from '../../real-server/http/api-error.ts';
import { toErrorAnswer } from '../../real-server/http/error-answer.ts';
import { SECURITY_HEADERS } from '../../real-server/http/security-headers.ts';
import { createOktaClient } from '../../real-server/okta/okta-client.ts';
import { answerProfileRequest } from '../../real-server/profile/answer-profile-request.ts';
import {
  createProfileService,
  type ProfileService,
} from '../../real-server/profile/profile-service.ts';
import { createInProcessFetch } from '../core/in-process-fetch.ts';
import { jsonAnswer, type MockAnswer, type MockRequest } from '../core/mock-exchange.ts';
import type { OktaMock } from '../okta/okta-mock.ts';
import type { ScenarioName } from '../scenarios/scenario-catalog.ts';
import { withScenario } from '../scenarios/scenario-fetch.ts';
import { pickScenario, UnknownScenarioError } from '../scenarios/pick-scenario.ts';
import { pickUser } from './pick-user.ts';

export const INTERNAL_PROFILE_PATH = '/internal/okta-profile';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const IN_PROCESS_OKTA = 'http://okta.in-process';
const silent = { debug() {} };
const UNKNOWN_USER_NOTE =
  'The mock has no Okta user with this id or login (X-Mock-User, mock_user or defaultUser); ' +
  'GET /__mock/users lists them.';

export interface InternalMockSettings {
  /** The scenario a request gets when it asks for none. */
  defaultScenario(): ScenarioName;
  /** The Okta user a request acts as when it names none; the first stored user if undefined. */
  defaultUser(): string | undefined;
  /** Extra wait before each answer, in ms (a fixed value or a range). */
  latencyMs(): number;
  slowLatencyMs: number;
  oktaTimeoutMs: number;
}

/**
 * The `/internal/okta-profile` mock: the real server's own profile code, calling the Okta
 * mock in-process instead of over the network, with no token needed.
 */
export function createInternalProfileMock(okta: OktaMock, settings: InternalMockSettings) {
  const services = new Map<ScenarioName, ProfileService>();

  // One profile service per scenario, made on first use: each is the real server's code with
  // Okta reached in-process and misbehaving as the scenario says.
  function serviceFor(scenario: ScenarioName): ProfileService {
    let service = services.get(scenario);
    if (!service) {
      service = createProfileService(
        createOktaClient({
          orgUrl: IN_PROCESS_OKTA,
          apiToken: okta.apiToken,
          timeoutMs: settings.oktaTimeoutMs,
          logger: silent,
          fetch: createInProcessFetch(withScenario(okta.handle, scenario, settings.slowLatencyMs)),
        }),
      );
      services.set(scenario, service);
    }

    return service;
  }

  async function answer(request: MockRequest, requestId: string) {
    const scenario = pickScenario(request, settings.defaultScenario());
    if (scenario === 'unauthenticated') {
      throw new ApiError('UNAUTHENTICATED', 'Send an Okta access token as Authorization: Bearer.', {
        headers: { 'www-authenticate': 'Bearer realm="okta-profile"' },
      });
    }

    const fallbackUser = settings.defaultUser() ?? okta.store.first()?.id ?? '';
    const oktaUserId = pickUser(request, fallbackUser);

    try {
      return await answerProfileRequest(serviceFor(scenario), {
        method: request.method,
        oktaUserId,
        requestId,
        contentType: request.headers['content-type'],
        contentEncoding: request.headers['content-encoding'],
        bodyText: request.body,
        isBodyTooLarge: request.bodyTooLarge,
        ifMatch: request.headers['if-match'],
      });
    } catch (error) {
      // The answer is the real server's; a mistyped X-Mock-User would look just like the
      // not-found scenario, so the mock adds a hint of its own beside it.
      const isUnknownUser =
        error instanceof ApiError && error.status === 404 && !okta.store.find(oktaUserId);
      if (!isUnknownUser || scenario === 'not-found') throw error;

      throw new ApiError(error.code, error.message, {
        headers: { ...error.headers, 'x-mock-note': UNKNOWN_USER_NOTE },
        cause: error,
      });
    }
  }

  // One header object per answer, built in the order the answer has always listed them.
  function toAnswer(
    outcome: { status: number; headers: Record<string, string>; body: unknown },
    requestId: string,
    delayMs: number | undefined,
  ): MockAnswer {
    const headers = { ...SECURITY_HEADERS, 'x-request-id': requestId };
    const answer = jsonAnswer(
      outcome.status,
      outcome.body,
      Object.assign(headers, outcome.headers),
    );
    answer.delayMs = delayMs;

    return answer;
  }

  async function handle(request: MockRequest): Promise<MockAnswer | undefined> {
    if (request.path !== INTERNAL_PROFILE_PATH) return undefined;

    const incomingId = request.headers['x-request-id'];
    const requestId =
      incomingId && SAFE_REQUEST_ID.test(incomingId) ? incomingId : crypto.randomUUID();
    const delayMs = settings.latencyMs() || undefined;

    try {
      return toAnswer(await answer(request, requestId), requestId, delayMs);
    } catch (error) {
      const failure =
        error instanceof UnknownScenarioError
          ? {
              status: 400,
              headers: {},
              body: { title: 'Bad Request', detail: error.message, instance: requestId },
            }
          : toErrorAnswer(error, requestId);
      return toAnswer(failure, requestId, delayMs);
    }
  }

  return { handle };
}
