import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { GENERATED, renderTypes } from '../../contracts/scripts/generate-types.ts';

describe('generated contract types', () => {
  test.each(GENERATED)(
    'match $document (else run npm run generate)',
    async ({ document, output }) => {
      const committed = await readFile(
        new URL(`../../contracts/${output}`, import.meta.url),
        'utf8',
      );

      const fresh = await renderTypes(document);

      expect(committed === fresh, `contracts/${output} is stale: run npm run generate`).toBe(true);
    },
  );
});
