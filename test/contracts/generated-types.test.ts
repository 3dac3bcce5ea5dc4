import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { GENERATED, renderTypes } from '../../contracts/scripts/generate-types.ts';

describe('generated contract types', () => {
  test.each(GENERATED)('match what $document gives now', async ({ document, output }) => {
    const committed = await readFile(new URL(`../../contracts/${output}`, import.meta.url), 'utf8');

    const fresh = await renderTypes(document);

    // A bare boolean, so the failure is one line naming the file and the fix, not a long diff.
    const isCurrent = committed === fresh;
    expect(isCurrent, `contracts/${output} is stale: run npm run generate`).toBe(true);
  });
});
