import { existsSync, realpathSync, watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describeSettings, type MockSettings } from '../admin/mock-settings.ts';
import type { MockApp } from '../mock-app.ts';
import { MockConfigError, readSettingsFile, toSettings } from './mock-config.ts';

/** What the watcher knows of how the running mock was started. */
interface StartedWith {
  overrides: Record<string, unknown>;
  runningPort: () => number;
  isPortFixed: boolean;
  statePath: string | undefined;
}

// The port and state file are read once, at start; say so rather than seem to apply them.
function notesOnStartOnlyKeys(path: string, file: Record<string, unknown>, started: StartedWith) {
  const notes: string[] = [];

  if (file.port !== undefined && started.isPortFixed) {
    notes.push(`port in ${path} is ignored: --port or MOCK_PORT sets it`);
  } else if (file.port !== undefined && Number(file.port) !== started.runningPort()) {
    notes.push(`port ${String(file.port)} in ${path} takes effect on restart`);
  }
  if (file.statePath !== undefined && file.statePath !== started.statePath) {
    notes.push(`statePath in ${path} takes effect on restart`);
  }

  return notes;
}

function reloadFrom(path: string, file: Record<string, unknown>, started: StartedWith) {
  const problems: string[] = [];
  const settings = toSettings({ ...file, ...started.overrides }, problems);
  if (problems.length > 0) throw new MockConfigError(problems);

  return { settings, notes: notesOnStartOnlyKeys(path, file, started) };
}

function readAppliedAtStart(path: string): string | undefined {
  try {
    return JSON.stringify(readSettingsFile(path));
  } catch {
    return undefined;
  }
}

/**
 * Re-applies the config file whenever it changes, under the flags and environment; a broken
 * or removed file is reported and the last good settings stay.
 */
export function watchConfigFile(
  options: StartedWith & { path: string; app: MockApp; report: (line: string) => void },
): () => void {
  const { path, report } = options;
  let timer: NodeJS.Timeout | undefined;
  let lastApplied = readAppliedAtStart(path);

  function reload() {
    if (!existsSync(path)) {
      report(`config file ${path} was removed; the last settings stay until a restart`);
      return;
    }

    try {
      const file = readSettingsFile(path);
      // A save that changes nothing (or a touch) keeps what the admin API set since.
      const text = JSON.stringify(file);
      if (text === lastApplied) return;

      const { settings, notes } = reloadFrom(path, file, options);
      lastApplied = text;

      options.app.applySettings(settings);
      report(`config reloaded from ${path}: ${describeSettings(settings)}`);
      for (const note of notes) report(`config note: ${note}`);
    } catch (error) {
      report(`config not reloaded: ${(error as Error).message}`);
    }
  }

  // Folders are watched, not the file: editors that save by renaming replace the file, and a
  // watch on the old one would never fire again. A symlinked file is watched where it points.
  const watched = new Set([path]);
  try {
    watched.add(realpathSync(path));
  } catch {
    // Not there yet: only its own name is watched.
  }
  const watchers = [...watched].map((file) =>
    watch(dirname(file), (_event, name) => {
      if (name !== basename(file)) return;

      // Editors write in bursts; read once the burst is over.
      clearTimeout(timer);
      timer = setTimeout(reload, 100);
    }),
  );

  return () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}
