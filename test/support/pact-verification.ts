import { execFileSync } from 'node:child_process';
import { Verifier, type VerifierOptions } from '@pact-foundation/pact';

function gitValue(args: string[]): string | undefined {
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
 * With `PACT_BROKER_BASE_URL` set (and `PACT_BROKER_TOKEN`, or `PACT_BROKER_USERNAME` and
 * `PACT_BROKER_PASSWORD`), pacts come from the broker and results go back to it, tagged with
 * the git commit and branch. Without it, the committed file is verified and nothing is sent.
 */
function pactSource(pactFile: string, shouldPublish: boolean): Partial<VerifierOptions> {
  const brokerUrl = process.env.PACT_BROKER_BASE_URL;
  if (!brokerUrl || !shouldPublish) return { pactUrls: [pactFile] };

  const branch = process.env.GIT_BRANCH ?? gitValue(['rev-parse', '--abbrev-ref', 'HEAD']);
  return {
    pactBrokerUrl: brokerUrl,
    pactBrokerToken: process.env.PACT_BROKER_TOKEN,
    pactBrokerUsername: process.env.PACT_BROKER_USERNAME,
    pactBrokerPassword: process.env.PACT_BROKER_PASSWORD,
    consumerVersionSelectors: [
      { mainBranch: true },
      { matchingBranch: true },
      { deployedOrReleased: true },
    ],
    publishVerificationResult: true,
    providerVersion: process.env.GIT_COMMIT ?? gitValue(['rev-parse', 'HEAD']) ?? 'unknown',
    providerVersionBranch: branch,
  };
}

/**
 * Verifies a provider with Pact's own verifier. `publish: false` keeps a run off the broker,
 * as the drift tests must: their providers are broken on purpose.
 */
export function verifyPact(options: VerifierOptions & { pactFile: string; publish?: boolean }) {
  const { pactFile, publish = true, ...rest } = options;

  return new Verifier({
    logLevel: 'warn',
    ...rest,
    ...pactSource(pactFile, publish),
  }).verifyProvider();
}
