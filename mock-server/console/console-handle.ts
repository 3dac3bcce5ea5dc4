import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { jsonAnswer, type MockAnswer, type MockRequest } from '../core/mock-exchange.ts';

const PAGE = join(import.meta.dirname, 'page');

// Only the console's own files, no inline code, and calls back to this mock alone.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const BASE_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function fileAnswer(type: string, body: string): MockAnswer {
  const headers = { ...BASE_HEADERS, 'content-type': `${type}; charset=utf-8` };
  if (type === 'text/html')
    Object.assign(headers, { 'content-security-policy': CONTENT_SECURITY_POLICY });

  return { status: 200, headers, body };
}

// esbuild is a dev dependency, like the mock itself; it is loaded on the first console visit.
async function bundleConsoleScript(): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(PAGE, 'main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome120', 'firefox120', 'safari17'],
    write: false,
    logLevel: 'silent',
  });

  return result.outputFiles[0]?.text ?? '';
}

/**
 * Serves the mock console: `GET /__mock/` (the page) and its script and styles under
 * `/__mock/console/`. Pass it to createMockApp's `extraHandles`.
 *
 * @example createMockApp({ extraHandles: [createConsoleHandle()] })
 */
export function createConsoleHandle() {
  let script: Promise<string> | undefined;

  function loadScript(): Promise<string> {
    script ??= bundleConsoleScript().catch((error: unknown) => {
      script = undefined;
      throw error;
    });
    return script;
  }

  return async function handleConsole(request: MockRequest): Promise<MockAnswer | undefined> {
    // HEAD gets the same answer; the server sends no body with it.
    if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;

    switch (request.path) {
      case '/__mock':
        return { status: 308, headers: { ...BASE_HEADERS, location: '/__mock/' } };
      case '/__mock/':
        return fileAnswer('text/html', await readFile(join(PAGE, 'index.html'), 'utf8'));
      case '/__mock/console/console.css':
        return fileAnswer('text/css', await readFile(join(PAGE, 'console.css'), 'utf8'));
      case '/__mock/console/console.js':
        try {
          return fileAnswer('text/javascript', await loadScript());
        } catch (error) {
          return jsonAnswer(500, {
            title: 'Internal Server Error',
            detail: `The console script could not be built: ${(error as Error).message}`,
          });
        }
    }

    return undefined;
  };
}
