import { buildCliBundles } from '../../mock-server/bundle/build-cli-bundles.ts';
import { bundlePath, CLI_NAMES } from '../../mock-server/bundle/bundle-paths.mjs';
import { isBundleStale } from '../../mock-server/bundle/is-bundle-stale.mjs';

/** Builds the CLI bundles as `npm run mock` would on its first start, if they are stale. */
export async function buildCliBundlesIfStale(): Promise<void> {
  if (CLI_NAMES.some((name) => isBundleStale(bundlePath(name)))) await buildCliBundles();
}
