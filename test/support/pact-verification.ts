import { execFileSync } from 'node:child_process';
import { Verifier, type VerifierOptions } from '@pact-foundation/pact';

function gitValue(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/**
 * Options that publish verification results to a Pact Broker when `PACT_BROKER_BASE_URL` is
 * set (with `PACT_BROKER_TOKEN`, or `PACT_BROKER_USERNAME`/`PASSWORD`), tagged with the git
 * commit and branch; without a broker, nothing leaves the machine.
 */
export function brokerOptions(): Partial<VerifierOptions> {
  const brokerUrl = process.env.PACT_BROKER_BASE_URL;
  if (!brokerUrl) return {};

  return {
    publishVerificationResult: true,
    providerVersion: process.env.GIT_COMMIT ?? gitValue(['rev-parse', 'HEAD']) ?? 'unknown',
    providerVersionBranch: process.env.GIT_BRANCH ?? gitValue(['rev-parse', '--abbrev-ref', 'HEAD']),
    pactBrokerUrl: brokerUrl,
    pactBrokerToken: process.env.PACT_BROKER_TOKEN,
    pactBrokerUsername: process.env.PACT_BROKER_USERNAME,
    pactBrokerPassword: process.env.PACT_BROKER_PASSWORD,
  };
}

/** Verifies one pact file against a provider with Pact's own verifier. */
export function verifyPact(options: VerifierOptions & { pactFile: string }) {
  const { pactFile, ...rest } = options;

  return new Verifier({
    logLevel: 'warn',
    pactUrls: [pactFile],
    ...brokerOptions(),
    ...rest,
  }).verifyProvider();
}
