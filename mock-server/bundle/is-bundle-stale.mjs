import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_INPUT_FILES, SOURCE_DIRS } from './bundle-paths.mjs';

// What esbuild can read as code or data; pages and styles are read from the sources at run time.
const SOURCE_FILE = /\.(?:[cm]?[jt]s|json)$/;
// Build output and dependencies live in these; they are not the mock's sources.
const SKIPPED_DIRS = new Set(['node_modules', 'dist']);

function modifiedMs(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

// True as soon as one source file is newer than the bundle; stops walking there.
function hasNewerSource(dir, bundleMs) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;

    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name) && hasNewerSource(path, bundleMs)) return true;
    } else if (SOURCE_FILE.test(entry.name) && (modifiedMs(path) ?? 0) > bundleMs) {
      return true;
    }
  }

  return false;
}

/**
 * Whether a bundle must be (re)built: it is missing, or a source under mock-server/,
 * real-server/ or contracts/ (or package.json, or the installed dependencies) was modified
 * after it was built. Only modification times are read, in a few milliseconds.
 */
export function isBundleStale(
  bundle,
  { sourceDirs = SOURCE_DIRS, inputFiles = BUILD_INPUT_FILES } = {},
) {
  const bundleMs = modifiedMs(bundle);
  if (bundleMs === undefined) return true;

  const isNewer = (path) => (modifiedMs(path) ?? 0) > bundleMs;
  return inputFiles.some(isNewer) || sourceDirs.some((dir) => hasNewerSource(dir, bundleMs));
}
