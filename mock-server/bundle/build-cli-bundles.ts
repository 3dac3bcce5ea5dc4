import { mkdirSync, readFileSync, renameSync, rmSync, utimesSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { BUNDLE_DIR, CLI_NAMES, REPO_ROOT, bundlePath } from './bundle-paths.mjs';

// Source files keep reading their neighbours (the console page) from where they live, not
// from the bundle's folder, and so serve the sources' current version.
const IMPORT_META = /\bimport\.meta\.(dirname|filename|url)\b/g;

function sourceLocationPlugin(): Plugin {
  return {
    name: 'source-location',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
        if (relative(REPO_ROOT, args.path).split(/[\\/]/).includes('node_modules')) return;

        const source = readFileSync(args.path, 'utf8');
        const values = {
          dirname: dirname(args.path),
          filename: args.path,
          url: pathToFileURL(args.path).href,
        };
        const contents = source.replace(IMPORT_META, (_match, key: keyof typeof values) =>
          JSON.stringify(values[key]),
        );

        return { contents, loader: 'ts' };
      });
    },
  };
}

/**
 * Bundles the mock's CLIs (`mock`, `dev`) with esbuild into `.build/cli/`, so a start loads
 * one plain JS file instead of type-stripping about 80 TypeScript modules. The files are
 * written beside their final place and renamed, so a CLI started meanwhile never reads half a
 * bundle; their time is set to when the build began, so a source saved during the build
 * still counts as newer and the next start rebuilds.
 */
export async function buildCliBundles(names: readonly string[] = CLI_NAMES): Promise<void> {
  const startedAt = new Date();
  const scratch = `${BUNDLE_DIR}.${process.pid}`;
  mkdirSync(scratch, { recursive: true });

  try {
    await build({
      entryPoints: Object.fromEntries(
        names.map((name) => [name, join(REPO_ROOT, 'mock-server', 'cli', `${name}.ts`)]),
      ),
      outdir: scratch,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node24',
      // esbuild is loaded on the first console visit and ships a native binary.
      external: ['esbuild'],
      // CommonJS packages (Express for `dev`) call require(); an ES module has none.
      banner: {
        js:
          "import { createRequire as __createRequire } from 'node:module';\n" +
          'const require = __createRequire(import.meta.url);',
      },
      plugins: [sourceLocationPlugin()],
      sourcemap: 'linked',
      logLevel: 'error',
    });

    mkdirSync(BUNDLE_DIR, { recursive: true });
    for (const name of names) {
      for (const suffix of ['', '.map']) {
        const built = join(scratch, `${name}.mjs${suffix}`);
        utimesSync(built, startedAt, startedAt);
        renameSync(built, `${bundlePath(name)}${suffix}`);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// `npm run build:cli` builds them on purpose; `npm run mock` and `npm run dev` build when stale.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildCliBundles();
