import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FaultInput } from '../../mock-server/okta/faults.ts';
import { EDGE_USERS } from '../../mock-server/okta/seed-users.ts';
import { startProfileTargets, type ProfileTarget } from '../support/profile-targets.ts';
import { responseViolations, startPrismProxy } from '../support/start-prism-proxy.ts';

interface Situation {
  name: string;
  status: number;
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  fault?: FaultInput;
  userId?: string;
  withoutCaller?: true;
}

const post = (profile: unknown) => JSON.stringify({ profile });
const SITUATIONS: Situation[] = [
  { name: 'a profile with an EDIPI', status: 200 },
  { name: 'a profile without an EDIPI', status: 200, userId: EDGE_USERS.noEdipi.id },
  { name: 'no caller', status: 401, withoutCaller: true },
  { name: 'Okta refusing access', status: 403, fault: { kind: 'okta-error', status: 403 } },
  { name: 'a user Okta lacks', status: 404, userId: '00uNotInOktaAtAll001' },
  { name: 'a refused API token', status: 500, fault: { kind: 'okta-error', status: 401 } },
  { name: 'Okta failing', status: 502, fault: { kind: 'reset' } },
  { name: 'Okta rate limiting', status: 503, fault: { kind: 'okta-error', status: 429 } },
  { name: 'Okta not answering', status: 504, fault: { kind: 'no-reply' } },
  { name: 'a partial update', status: 200, method: 'POST', body: post({ firstName: 'Ada' }) },
  { name: 'a malformed body', status: 400, method: 'POST', body: '{"profile":' },
  {
    name: 'a stale If-Match',
    status: 412,
    method: 'POST',
    body: post({ firstName: 'A' }),
    headers: { 'if-match': 'W/"stale"' },
  },
  {
    name: 'a body over 16 KiB',
    status: 413,
    method: 'POST',
    body: post({ firstName: 'x'.repeat(17_000) }),
  },
  {
    name: 'form encoding',
    status: 415,
    method: 'POST',
    body: 'a=b',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  },
  { name: 'an invalid email', status: 422, method: 'POST', body: post({ email: 'nope' }) },
  {
    name: 'a taken login',
    status: 422,
    method: 'POST',
    body: post({ login: EDGE_USERS.plusLogin.login }),
  },
];

let targets: ProfileTarget[];
const proxies = new Map<string, Awaited<ReturnType<typeof startPrismProxy>>>();

beforeAll(async () => {
  targets = await startProfileTargets(400);
  await Promise.all(
    targets.map(async (target) => {
      proxies.set(target.name, await startPrismProxy('contracts/internal-api.yaml', target.url));
    }),
  );
}, 60_000);
afterAll(async () => {
  await Promise.all([...proxies.values()].map((proxy) => proxy.close()));
  await Promise.all(targets.map((target) => target.close()));
});

describe.each(['real server', 'mock'] as const)(
  "answers of the %s through Prism's validation proxy",
  (name) => {
    test.each(SITUATIONS.map((situation) => [situation.name, situation] as const))(
      'match contracts/internal-api.yaml for %s',
      async (_name, situation) => {
        const target = targets.find((candidate) => candidate.name === name)!;
        target.okta.reset();
        if (situation.fault) target.okta.faults.add({ ...situation.fault, times: 1 });
        const userId = situation.userId ?? target.okta.store.list()[0]!.id;
        const caller = situation.withoutCaller
          ? name === 'mock'
            ? { 'x-mock-scenario': 'unauthenticated' }
            : {}
          : await target.callerHeaders(userId);

        const response = await fetch(`${proxies.get(name)!.url}/internal/okta-profile`, {
          method: situation.method ?? 'GET',
          headers: { 'content-type': 'application/json', ...caller, ...situation.headers },
          body: situation.body,
        });
        const violations = responseViolations(response);

        expect(response.status).toBe(situation.status);
        expect(violations, JSON.stringify(violations)).toEqual([]);
      },
    );
  },
);
