import type { FaultKind } from '../okta/faults.ts';

/**
 * The situations a frontend developer can ask the mock for. Each one is produced the way it
 * happens for real: Okta misbehaves in the in-process Okta mock, and the real server's own
 * code turns that into the answer, so the mock answers exactly what the real server would.
 */
export const SCENARIOS = {
  ok: {
    description: 'Everything works; reads and writes go to the stateful Okta user store.',
  },
  unauthenticated: {
    description: 'No valid access token: 401 with WWW-Authenticate: Bearer.',
  },
  forbidden: {
    description: 'Okta answers 403 E0000006: 403.',
    okta: { kind: 'okta-error', status: 403 },
  },
  'not-found': {
    description: 'Okta has no such user (404 E0000007): 404.',
    okta: { kind: 'okta-error', status: 404 },
  },
  'validation-error': {
    description: 'Okta refuses an update (400 E0000001, duplicate login): POST answers 422.',
    okta: { kind: 'okta-error', status: 400, methods: ['POST'] },
  },
  conflict: {
    description: 'The profile changed since it was read (stale If-Match): POST answers 412.',
    okta: { kind: 'okta-error', status: 412, methods: ['POST'] },
  },
  'okta-rate-limited': {
    description: 'Okta answers 429 E0000047: 503 with Retry-After.',
    okta: { kind: 'okta-error', status: 429 },
  },
  'okta-down': {
    description: 'Okta resets the connection: 502.',
    okta: { kind: 'reset' },
  },
  'okta-timeout': {
    description: 'Okta never answers: 504 once the Okta timeout passes.',
    okta: { kind: 'no-reply' },
  },
  'server-error': {
    description: "Okta refuses the server's API token (401 E0000011): 500.",
    okta: { kind: 'okta-error', status: 401 },
  },
  slow: {
    description: 'Okta answers normally, but only after the slow latency (default 2 s).',
    okta: { kind: 'latency' },
  },
} as const satisfies Record<string, ScenarioDefinition>;

export interface ScenarioDefinition {
  description: string;
  okta?: {
    kind: Extract<FaultKind, 'okta-error' | 'reset' | 'no-reply' | 'latency'>;
    status?: number;
    /** Methods the fault applies to; other methods behave as `ok`. */
    methods?: readonly string[];
  };
}

export type ScenarioName = keyof typeof SCENARIOS;

export const SCENARIO_NAMES = Object.keys(SCENARIOS) as ScenarioName[];

export function isScenarioName(name: unknown): name is ScenarioName {
  return typeof name === 'string' && Object.hasOwn(SCENARIOS, name);
}
