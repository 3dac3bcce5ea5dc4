import { startTestMock } from './start-mock.ts';
import { startSystem } from './start-system.ts';
import type { OktaMock } from '../../mock-server/okta/okta-mock.ts';

/** A server answering `/internal/okta-profile`, and how to call it as a given Okta user. */
export interface ProfileTarget {
  name: 'real server' | 'mock';
  url: string;
  okta: OktaMock;
  /** Every log line the target wrote (the mock writes none). */
  logLines: () => string[];
  /** Headers that make a request act as this Okta user. */
  callerHeaders(userId: string): Promise<Record<string, string>>;
  close(): Promise<void>;
}

/** The real server (wired to an Okta mock) and the standalone mock, side by side. */
export async function startProfileTargets(oktaTimeoutMs = 400): Promise<ProfileTarget[]> {
  const [system, mock] = await Promise.all([
    startSystem({ oktaTimeoutMs }),
    startTestMock({ oktaTimeoutMs }),
  ]);
  const tokens = new Map<string, string>();

  return [
    {
      name: 'real server',
      url: system.realUrl,
      okta: system.okta,
      logLines: () => system.logs.lines,
      async callerHeaders(userId) {
        if (!tokens.has(userId)) tokens.set(userId, await system.tokenFor(userId));
        return { authorization: `Bearer ${tokens.get(userId)}` };
      },
      close: () => system.close(),
    },
    {
      name: 'mock',
      url: mock.url,
      okta: mock.app.okta,
      logLines: () => [],
      callerHeaders: async (userId) => ({ 'x-mock-user': userId }),
      close: () => mock.close(),
    },
  ];
}
