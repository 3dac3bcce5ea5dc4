import { pathToFileURL } from 'node:url';
import { bundlePath, CLI_NAMES } from './bundle-paths.mjs';
import { isBundleStale } from './is-bundle-stale.mjs';

// `npm run mock` and `npm run dev`: `node mock-server/bundle/run-bundled-cli.mjs <cli> [flags]`.
// Runs the CLI's esbuild bundle in this process, rebuilt first when a source is newer, so an
// edit is never served stale. Plain JS: a .ts launcher would load Node's type stripper (about
// 50 ms and 17 MB) at every start, which is what the bundle is there to avoid.
const [name, ...flags] = process.argv.slice(2);
if (!CLI_NAMES.includes(name)) {
  console.error(`Usage: run-bundled-cli.mjs <${CLI_NAMES.join('|')}> [flags]`);
  process.exit(2);
}

const bundle = bundlePath(name);
if (isBundleStale(bundle)) {
  const { buildCliBundles } = await import('./build-cli-bundles.ts');
  try {
    // Only this CLI: a break in code only the other one uses must not stop this one.
    await buildCliBundles([name]);
  } catch (error) {
    // esbuild has printed each problem with its file and line.
    console.error(`The ${name} CLI could not be built: ${error.message}`);
    process.exit(1);
  }
}

// The CLI reads its flags from process.argv.slice(2), as when started from its source.
process.argv = [process.argv[0], bundle, ...flags];
await import(pathToFileURL(bundle).href);
