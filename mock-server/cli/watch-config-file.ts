import { existsSync, watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { MockSettings } from '../admin/mock-settings.ts';
import type { MockApp } from '../mock-app.ts';
import { MockConfigError, readSettingsFile, toSettings } from './mock-config.ts';

/** One line naming every setting a reload applied, so an operator sees what is in force. */
export function describeSettings(settings: MockSettings): string {
  const { minMs, maxMs } = settings.latency;
  const latency = minMs === maxMs ? `${minMs} ms` : `${minMs}-${maxMs} ms`;
  const cors = settings.corsOrigins ? settings.corsOrigins.join(' ') : 'any localhost origin';

  return [
    `scenario ${settings.scenario}`,
    `latency ${latency}`,
    `default user ${settings.defaultUser ?? 'the first seeded user'}`,
    `CORS ${cors}`,
  ].join(', ');
}

function reloadFrom(
  path: string,
  file: Record<string, unknown>,
  overrides: Record<string, unknown>,
  runningPort: () => number,
): { settings: MockSettings; notes: string[] } {
  const problems: string[] = [];
  const settings = toSettings({ ...file, ...overrides }, problems);
  if (problems.length > 0) throw new MockConfigError(problems);

  // The port and state file are read once, at start; say so rather than seem to apply them.
  const notes: string[] = [];
  if (file.port !== undefined && Number(file.port) !== runningPort()) {
    notes.push(`port ${String(file.port)} in ${path} takes effect on restart`);
  }

  return { settings, notes };
}

/**
 * Re-applies the config file whenever it changes, under the flags and environment; a broken
 * or removed file is reported and the last good settings stay.
 */
export function watchConfigFile(options: {
  path: string;
  overrides: Record<string, unknown>;
  app: MockApp;
  runningPort: () => number;
  report: (line: string) => void;
}): () => void {
  const { path, report } = options;
  let timer: NodeJS.Timeout | undefined;

  function reload() {
    if (!existsSync(path)) {
      report(`config file ${path} was removed; the last settings stay until a restart`);
      return;
    }

    try {
      const file = readSettingsFile(path);
      const { settings, notes } = reloadFrom(path, file, options.overrides, options.runningPort);

      options.app.applySettings(settings);
      report(`config reloaded from ${path}: ${describeSettings(settings)}`);
      for (const note of notes) report(`config note: ${note}`);
    } catch (error) {
      report(`config not reloaded: ${(error as Error).message}`);
    }
  }

  // The folder is watched, not the file: editors that save by renaming replace the file, and
  // a watch on the old one would never fire again.
  const watcher = watch(dirname(path), (_event, name) => {
    if (name !== basename(path)) return;

    // Editors write in bursts; read once the burst is over.
    clearTimeout(timer);
    timer = setTimeout(reload, 100);
  });

  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
