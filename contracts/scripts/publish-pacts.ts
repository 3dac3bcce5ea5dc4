import { spawnSync } from 'node:child_process';
import { gitVersion } from './git-version.ts';

// `npm run pact:publish`: sends pacts/ to the Pact Broker named by PACT_BROKER_BASE_URL, with
// PACT_BROKER_TOKEN or PACT_BROKER_USERNAME/PASSWORD, as the current git commit and branch.
if (!process.env.PACT_BROKER_BASE_URL) {
  console.error(
    'PACT_BROKER_BASE_URL is not set: there is no broker to publish to. Pacts stay in pacts/.',
  );
  process.exit(1);
}

const { commit: version, branch } = gitVersion();
if (!version || !branch) {
  console.error(
    'Cannot tell the git commit and branch: run inside the repository or set GIT_COMMIT and GIT_BRANCH.',
  );
  process.exit(1);
}

const cli = new URL('../../node_modules/.bin/pact-broker', import.meta.url).pathname;
const result = spawnSync(
  cli,
  ['publish', 'pacts', '--consumer-app-version', version, '--branch', branch, '--tag', branch],
  { stdio: 'inherit', env: process.env },
);

process.exit(result.status ?? 1);
