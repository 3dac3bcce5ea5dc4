import { Verifier, type VerifierOptions } from '@pact-foundation/pact';
import { gitVersion } from '../../contracts/scripts/git-version.ts';

/**
 * With `PACT_BROKER_BASE_URL` set (and `PACT_BROKER_TOKEN`, or `PACT_BROKER_USERNAME` and
 * `PACT_BROKER_PASSWORD`), pacts come from the broker and results go back to it, tagged with
 * the git commit and branch. Without it, the committed file is verified and nothing is sent.
 */
function pactSource(pactFile: string, shouldPublish: boolean): Partial<VerifierOptions> {
  const brokerUrl = process.env.PACT_BROKER_BASE_URL;
  if (!brokerUrl || !shouldPublish) return { pactUrls: [pactFile] };

  const { commit, branch } = gitVersion();
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
    providerVersion: commit ?? 'unknown',
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
