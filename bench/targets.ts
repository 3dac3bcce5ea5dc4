import { buildCliBundlesIfStale } from './launch/build-cli-bundles-if-stale.ts';
import type { ServerCommand } from './launch/server-process.ts';
import type { LoadRequest } from './measure/load-runner.ts';
import { oktaUserGet, profileGet, profilePost } from './requests.ts';
import { seededFirstUser } from './seeded-user.ts';

/** What the Okta mock child prints: enough to wire the proxy and the real server to it. */
export interface OktaWiring {
  url: string;
  apiToken: string;
  issuer: string;
  audience: string;
  userId: string;
  token: string;
}

/** One endpoint loaded on one server, and the rows its figures are divided by. */
export interface EndpointTarget {
  id: string;
  label: string;
  request(baseUrl: string, okta?: OktaWiring): LoadRequest;
  /** The endpoint whose figures are the ceiling for this one. */
  rawBaseline: string;
  /** Prism's endpoint doing the same job (GET or POST). */
  prismPeer: string;
}

/** One server in its own process: how to start it and what to load on it. */
export interface ServerTarget {
  id: string;
  label: string;
  command(port: number, okta?: OktaWiring): ServerCommand;
  /** Run before the first cold start (e.g. building what a user's earlier start built). */
  beforeStart?(): Promise<void>;
  /** The `npm run` script that starts this server, timed too to show what npm adds. */
  npmScript?: { name: string; args(port: number): string[] };
  /** Run once the measured instance is up, before load (e.g. the mock's rate limit off). */
  afterStart?(baseUrl: string): Promise<void>;
  endpoints: EndpointTarget[];
  rawBaseline: string;
  /** Its process needs the Okta mock's wiring. */
  needsOkta?: boolean;
}

const PRISM_CLI = 'node_modules/@stoplight/prism-cli/dist/index.js';

function mustHaveOkta(okta: OktaWiring | undefined): OktaWiring {
  if (!okta) throw new Error('this server needs the Okta mock started first');
  return okta;
}

// The Okta mock's default API token (`DEFAULT_OKTA_API_TOKEN`), a dev value.
const MOCK_API_TOKEN = 'dev-okta-api-token';

/** Every server `npm run bench` starts, in the order it runs them. */
export const SERVER_TARGETS: ServerTarget[] = [
  {
    id: 'raw-profile',
    label: 'raw node:http, fixed profile JSON',
    command: (port) => ({
      script: 'bench/servers/raw-profile-server.ts',
      env: { PORT: String(port), PROFILE_JSON: seededFirstUser().profileJson },
      probe: profileGet(`http://127.0.0.1:${port}`),
    }),
    endpoints: [
      {
        id: 'raw-get',
        label: 'raw node:http GET',
        request: (baseUrl) => profileGet(baseUrl),
        rawBaseline: 'raw-get',
        prismPeer: 'prism-get',
      },
      {
        id: 'raw-post',
        label: 'raw node:http POST',
        request: profilePost,
        rawBaseline: 'raw-post',
        prismPeer: 'prism-post',
      },
    ],
    rawBaseline: 'raw-profile',
  },
  {
    id: 'prism',
    label: 'Prism mock of contracts/internal-api.yaml',
    command: (port) => ({
      script: PRISM_CLI,
      args: ['mock', 'contracts/internal-api.yaml', '--host', '127.0.0.1', '--port', `${port}`],
      probe: profileGet(`http://127.0.0.1:${port}`),
      readyTimeoutMs: 60_000,
    }),
    endpoints: [
      {
        id: 'prism-get',
        label: 'Prism GET /internal/okta-profile',
        request: (baseUrl) => profileGet(baseUrl),
        rawBaseline: 'raw-get',
        prismPeer: 'prism-get',
      },
      {
        id: 'prism-post',
        label: 'Prism POST /internal/okta-profile',
        request: profilePost,
        rawBaseline: 'raw-post',
        prismPeer: 'prism-post',
      },
    ],
    rawBaseline: 'raw-profile',
  },
  {
    id: 'mock',
    label: 'standalone mock (npm run mock: its CLI bundle, already built)',
    // What `npm run mock` runs, minus npm itself (timed apart: `npmScript`).
    command: (port) => ({
      script: 'mock-server/bundle/run-bundled-cli.mjs',
      args: ['mock', '--port', String(port)],
      probe: profileGet(`http://127.0.0.1:${port}`),
    }),
    // A user's second start: the first one built the bundle.
    beforeStart: buildCliBundlesIfStale,
    npmScript: { name: 'mock', args: (port) => ['--port', String(port)] },
    // Okta's own limit (600 a minute) would turn most of the load into 503s.
    afterStart: async (baseUrl) => {
      const answer = await fetch(`${baseUrl}/__mock/okta/rate-limit`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: 'false',
      });
      if (!answer.ok) throw new Error(`the mock refused rate-limit off: ${answer.status}`);
    },
    endpoints: [
      {
        id: 'mock-get',
        label: 'mock GET /internal/okta-profile',
        request: (baseUrl) => profileGet(baseUrl),
        rawBaseline: 'raw-get',
        prismPeer: 'prism-get',
      },
      {
        id: 'mock-post',
        label: 'mock POST /internal/okta-profile',
        request: profilePost,
        rawBaseline: 'raw-post',
        prismPeer: 'prism-post',
      },
      {
        id: 'mock-okta-get',
        label: 'mock GET /api/v1/users/{id}',
        request: (baseUrl) => oktaUserGet(baseUrl, seededFirstUser().id, MOCK_API_TOKEN),
        rawBaseline: 'raw-get',
        prismPeer: 'prism-get',
      },
    ],
    rawBaseline: 'raw-profile',
  },
  {
    id: 'okta',
    label: 'Okta mock alone (createOktaMock, rate limit off)',
    command: (port) => ({
      script: 'bench/servers/okta-mock-server.ts',
      env: { PORT: String(port) },
      probe: { url: `http://127.0.0.1:${port}/oauth2/default/.well-known/openid-configuration` },
      keepStdout: true,
    }),
    endpoints: [
      {
        id: 'okta-get',
        label: 'Okta mock alone GET /api/v1/users/{id}',
        request: (baseUrl) => oktaUserGet(baseUrl, seededFirstUser().id, MOCK_API_TOKEN),
        rawBaseline: 'raw-get',
        prismPeer: 'prism-get',
      },
    ],
    rawBaseline: 'raw-profile',
  },
  {
    id: 'raw-proxy',
    label: 'raw node:http proxy to the Okta mock (keep-alive)',
    needsOkta: true,
    command: (port, okta) => {
      const wiring = mustHaveOkta(okta);
      return {
        script: 'bench/servers/raw-proxy-server.ts',
        env: {
          PORT: String(port),
          OKTA_URL: wiring.url,
          OKTA_USER_ID: wiring.userId,
          OKTA_API_TOKEN: wiring.apiToken,
        },
        probe: profileGet(`http://127.0.0.1:${port}`),
      };
    },
    endpoints: [
      {
        id: 'proxy-get',
        label: 'raw proxy GET → Okta mock',
        request: (baseUrl) => profileGet(baseUrl),
        rawBaseline: 'proxy-get',
        prismPeer: 'prism-get',
      },
    ],
    rawBaseline: 'raw-proxy',
  },
  {
    id: 'real',
    label: 'real server (node real-server/main.ts) → Okta mock',
    needsOkta: true,
    command: (port, okta) => {
      const wiring = mustHaveOkta(okta);
      return {
        script: 'real-server/main.ts',
        env: {
          PORT: String(port),
          OKTA_ORG_URL: wiring.url,
          OKTA_API_TOKEN: wiring.apiToken,
          OKTA_ISSUER: wiring.issuer,
          OKTA_AUDIENCE: wiring.audience,
          LOG_LEVEL: 'info',
        },
        probe: profileGet(`http://127.0.0.1:${port}`, wiring.token),
      };
    },
    endpoints: [
      {
        id: 'real-get',
        label: 'real server GET /internal/okta-profile (valid token)',
        request: (baseUrl, okta) => profileGet(baseUrl, mustHaveOkta(okta).token),
        rawBaseline: 'proxy-get',
        prismPeer: 'prism-get',
      },
    ],
    rawBaseline: 'raw-proxy',
  },
];
