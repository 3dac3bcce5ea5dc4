import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

const HERE = import.meta.dirname;
const API_META = '<meta name="okta-profile-api" content="" />';

/** Where to write the demo, and which API it talks to. */
export interface DemoBuildOptions {
  outDir: string;
  /** A running mock's URL (e.g. `http://127.0.0.1:4010`); none means the MSW worker. */
  apiBaseUrl?: string;
}

function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

async function writeIndexHtml(outDir: string, apiBaseUrl: string | undefined) {
  const template = await readFile(join(HERE, 'public', 'index.html'), 'utf8');
  const origin = apiBaseUrl ? new URL(apiBaseUrl).origin : '';
  const html = template.replace(
    API_META,
    `<meta name="okta-profile-api" content="${escapeAttribute(origin)}" />`,
  );

  await writeFile(join(outDir, 'index.html'), html);
}

/**
 * Bundles the demo app with esbuild into `outDir`: `index.html`, `demo.css`, `demo.js` and
 * its chunks, and MSW's `mockServiceWorker.js` (the same file `npx msw init` writes).
 *
 * @example await buildDemoApp({ outDir: 'mock-server/browser/dist' });
 */
export async function buildDemoApp(options: DemoBuildOptions): Promise<void> {
  const { outDir } = options;
  await mkdir(outDir, { recursive: true });

  // Splitting keeps the mock (and the node:fs state file it never loads in a browser) out
  // of the first script; node:* stays external because only the state file imports it.
  await build({
    entryPoints: { demo: join(HERE, 'app', 'main.ts') },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome120', 'firefox120', 'safari17'],
    external: ['node:*'],
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: true,
    logLevel: 'silent',
  });

  const workerScript = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js');
  await copyFile(workerScript, join(outDir, 'mockServiceWorker.js'));
  await copyFile(join(HERE, 'public', 'demo.css'), join(outDir, 'demo.css'));
  await writeIndexHtml(outDir, options.apiBaseUrl);
}
