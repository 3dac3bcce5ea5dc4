import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';

/** Where a profile sample was: a function, its file URL and its 0-based line and column. */
export interface ProfileFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber?: number;
}

const sourceMaps = new Map<string, SourceMap | undefined>();

// Only a file with a `.map` beside it (the mock's CLI bundle in .build/cli) has one.
function sourceMapOf(path: string): SourceMap | undefined {
  if (!sourceMaps.has(path)) {
    const mapFile = `${path}.map`;
    const payload = existsSync(mapFile) ? JSON.parse(readFileSync(mapFile, 'utf8')) : undefined;
    sourceMaps.set(path, payload && new SourceMap(payload));
  }

  return sourceMaps.get(path);
}

/**
 * A frame of a bundle moved to the source file and line it was built from, so a profile of
 * the bundled mock names `mock-server/okta/users-api.ts`, not one large `.mjs` file.
 */
export function toOriginalFrame(frame: ProfileFrame): ProfileFrame {
  if (!frame.url.startsWith('file://')) return frame;

  const path = fileURLToPath(frame.url);
  const entry = sourceMapOf(path)?.findEntry(frame.lineNumber, frame.columnNumber ?? 0);
  if (!entry || !('originalSource' in entry)) return frame;

  return {
    functionName: frame.functionName,
    url: pathToFileURL(resolve(dirname(path), entry.originalSource)).href,
    lineNumber: entry.originalLine,
    columnNumber: entry.originalColumn,
  };
}
