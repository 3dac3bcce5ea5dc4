import { createMockApp, type MockAppOptions } from '../../mock-server/mock-app.ts';
import { startMockHttpServer } from '../../mock-server/node/serve-mock.ts';

/** The standalone mock on 127.0.0.1 with an ephemeral port. */
export async function startTestMock(options: MockAppOptions = {}) {
  const app = await createMockApp({
    oktaTimeoutMs: 300,
    slowLatencyMs: 50,
    ...options,
    okta: { rateLimit: false, ...options.okta },
  });
  const server = await startMockHttpServer({ handle: app.handle });
  app.okta.setBaseUrl(server.url);

  return { app, url: server.url, close: () => server.close() };
}

export type TestMock = Awaited<ReturnType<typeof startTestMock>>;
