import { execFileSync } from 'node:child_process';

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

/**
 * The version and branch pacts and verification results are published as: `GIT_COMMIT` and
 * `GIT_BRANCH` when CI sets them (detached checkouts have no branch), else what git says.
 */
export function gitVersion(): { commit: string | undefined; branch: string | undefined } {
  return {
    commit: process.env.GIT_COMMIT ?? git(['rev-parse', 'HEAD']),
    branch: process.env.GIT_BRANCH ?? git(['rev-parse', '--abbrev-ref', 'HEAD']),
  };
}
