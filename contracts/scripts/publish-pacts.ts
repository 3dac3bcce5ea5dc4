import { execFileSync, spawnSync } from 'node:child_process';

// `npm run pact:publish`: sends pacts/ to the Pact Broker named by PACT_BROKER_BASE_URL, with
// PACT_BROKER_TOKEN or PACT_BROKER_USERNAME/PASSWORD, as the current git commit and branch.
function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

if (!process.env.PACT_BROKER_BASE_URL) {
  console.error(
    'PACT_BROKER_BASE_URL is not set: there is no broker to publish to. Pacts stay in pacts/.',
  );
  process.exit(1);
}

const version = process.env.GIT_COMMIT ?? git(['rev-parse', 'HEAD']);
const branch = process.env.GIT_BRANCH ?? git(['rev-parse', '--abbrev-ref', 'HEAD']);
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
