import { join } from 'node:path';

// Plain JS, like the launcher: a .ts file here would load Node's type stripper at every start.

/** The repository root, two folders up from here. */
export const REPO_ROOT = join(import.meta.dirname, '..', '..');

/** Where the CLI bundles go; git ignores it. */
export const BUNDLE_DIR = join(REPO_ROOT, '.build', 'cli');

/** The CLIs `npm run` starts from a bundle, by the name of their file in mock-server/cli. */
export const CLI_NAMES = ['mock', 'dev'];

/** The folders whose sources the bundles are made of. */
export const SOURCE_DIRS = ['mock-server', 'real-server', 'contracts'].map((dir) =>
  join(REPO_ROOT, dir),
);

/** Files outside those folders that change what a bundle holds: dependencies, compiler settings. */
export const BUILD_INPUT_FILES = [
  'package.json',
  'tsconfig.json',
  'node_modules/.package-lock.json',
].map((file) => join(REPO_ROOT, file));

/** The bundle of one CLI. */
export function bundlePath(name) {
  return join(BUNDLE_DIR, `${name}.mjs`);
}
