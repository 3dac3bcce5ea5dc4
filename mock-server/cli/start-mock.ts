import { createConsoleHandle } from '../console/console-handle.ts';
import { createMockApp, type MockApp } from '../mock-app.ts';
import { startMockHttpServer } from '../node/serve-mock.ts';
import type { MockConfig } from './mock-config.ts';
import { watchConfigFile } from './watch-config-file.ts';

export interface RunningMock {
  url: string;
  /** The config file in force at start, if any. */
  configPath: string | undefined;
  app: MockApp;
  close(): Promise<void>;
}

/** Starts the standalone mock (both APIs, admin API) from a resolved config. */
export async function startMock(
  config: MockConfig,
  report: (line: string) => void = () => {},
): Promise<RunningMock> {
  const app = await createMockApp({
    // No Okta rate limit by default: a frontend's test suite would hit 600 a minute in seconds.
    okta: { seed: config.seed, statePath: config.statePath, rateLimit: false },
    settings: config.settings,
    extraHandles: [createConsoleHandle()],
  });
  const server = await startMockHttpServer({
    handle: app.handle,
    host: config.host,
    port: config.port,
    onError: (error) => report(`mock error: ${(error as Error).message}`),
  });
  app.okta.setBaseUrl(server.url);

  const watchPath = config.watchPath ?? config.configPath;
  const stopWatching = watchPath
    ? watchConfigFile({
        path: watchPath,
        overrides: config.overrides ?? {},
        app,
        runningPort: () => server.port,
        isPortFixed: config.isPortFixed ?? false,
        statePath: config.statePath,
        report,
      })
    : () => {};

  return {
    url: server.url,
    configPath: config.configPath,
    app,
    async close() {
      stopWatching();
      await server.close();
    },
  };
}
