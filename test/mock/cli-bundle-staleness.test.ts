import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { isBundleStale } from '../../mock-server/bundle/is-bundle-stale.mjs';

let root: string;
let bundle: string;
let sources: string;

// Writes a file whose modification time is `secondsAgo` in the past.
function writeAged(path: string, secondsAgo: number) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, '');
  const time = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(path, time, time);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cli-bundle-'));
  bundle = join(root, 'mock.mjs');
  sources = join(root, 'sources');
  writeAged(join(sources, 'cli', 'mock.ts'), 60);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const isStale = (inputFiles: string[] = []) =>
  isBundleStale(bundle, { sourceDirs: [sources], inputFiles });

describe('npm run mock rebuilds its bundle only when it would run stale code', () => {
  test('builds when there is no bundle yet', () => {
    expect(isStale()).toBe(true);
  });

  test('reuses a bundle newer than every source', () => {
    writeAged(bundle, 10);

    expect(isStale()).toBe(false);
  });

  test('rebuilds once a source in a nested folder is saved after the bundle', () => {
    writeAged(bundle, 10);
    writeAged(join(sources, 'okta', 'users-api.ts'), 1);

    expect(isStale()).toBe(true);
  });

  test('rebuilds once the installed dependencies change', () => {
    writeAged(bundle, 10);
    const lockFile = join(root, '.package-lock.json');
    writeAged(lockFile, 1);

    expect(isStale([lockFile])).toBe(true);
  });

  test('ignores build output, dependencies and files that are not code', () => {
    writeAged(bundle, 10);
    writeAged(join(sources, 'browser', 'dist', 'demo.js'), 1);
    writeAged(join(sources, 'node_modules', 'x', 'index.js'), 1);
    writeAged(join(sources, 'console', 'page', 'console.css'), 1);

    expect(isStale()).toBe(false);
  });
});
