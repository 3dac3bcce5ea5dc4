import { watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import { createConsoleHandle } from '../console/console-handle.ts';
import { createMockApp, type MockApp } from '../mock-app.ts';
import { startMockHttpServer } from '../node/serve-mock.ts';
import { MockConfigError, readSettingsFile, toSettings, type MockConfig } from './mock-config.ts';

export interface RunningMock {
  url: string;
  app: MockApp;
  close(): Promise<void>;
}

/**
 * Re-applies the config file whenever it changes, under the flags and environment; a broken
 * or missing file is reported and the last good settings stay.
 */
function watchConfigFile(
  path: string,
  overrides: Record<string, unknown>,
  app: MockApp,
  report: (line: string) => void,
) {
  let timer: NodeJS.Timeout | undefined;

  // The folder is watched, not the file: editors that save by renaming replace the file, and
  // a watch on the old one would never fire again.
  const watcher = watch(dirname(path), (_event, name) => {
    if (name !== basename(path)) return;
    clearTimeout(timer);
    // Editors write in bursts; read once the burst is over.
    timer = setTimeout(() => {
      try {
        const problems: string[] = [];
        const settings = toSettings({ ...readSettingsFile(path), ...overrides }, problems);
        if (problems.length > 0) throw new MockConfigError(problems);

        app.applySettings(settings);
        report(`config reloaded from ${path}: scenario ${settings.scenario}`);
      } catch (error) {
        report(`config not reloaded: ${(error as Error).message}`);
      }
    }, 100);
  });

  return () => {
    clearTimeout(timer);
    watcher.close();
  };
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
    ? watchConfigFile(watchPath, config.overrides ?? {}, app, report)
    : () => {};

  return {
    url: server.url,
    app,
    async close() {
      stopWatching();
      await server.close();
    },
  };
}
