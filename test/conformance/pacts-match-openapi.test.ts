import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const run = promisify(execFile);
const VALIDATOR = 'node_modules/@pactflow/swagger-mock-validator/bin/swagger-mock-validator.mjs';

/** Runs swagger-mock-validator; resolves with its report, errors and warnings alike. */
async function validate(specFile: string, pactFile: string) {
  try {
    const { stdout } = await run(process.execPath, [VALIDATOR, specFile, pactFile]);
    return { isCompatible: true, report: stdout };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { isCompatible: false, report: `${stdout}\n${stderr}` };
  }
}

describe('pact files agree with their OpenAPI documents', () => {
  test.each([
    ['contracts/internal-api.yaml', 'pacts/okta-profile-web-okta-profile-api.json'],
    ['contracts/okta-users-api.yaml', 'pacts/okta-profile-api-okta-users-api.json'],
  ])(
    '%s accepts every interaction of %s',
    async (specFile, pactFile) => {
      const { isCompatible, report } = await validate(specFile, pactFile);

      expect(isCompatible, report).toBe(true);
      expect(report, report).toMatch(/0 error\(s\)\s+0 warning\(s\)/);
    },
    30_000,
  );
});
