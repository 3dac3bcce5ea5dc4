import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { expect } from 'vitest';

/** Committed pact files, the ones verification reads and review sees. */
export const PACTS_DIR = new URL('../../pacts/', import.meta.url).pathname;
/** Where consumer tests write before the result is compared with the committed file. */
export const GENERATED_PACTS_DIR = new URL('../../test-output/pacts/', import.meta.url).pathname;

export async function clearGeneratedPact(fileName: string) {
  await mkdir(GENERATED_PACTS_DIR, { recursive: true });
  await rm(`${GENERATED_PACTS_DIR}${fileName}`, { force: true });
}

// The pact library stamps its own version into metadata; only the contract itself is compared.
function contractOf(text: string) {
  const pact = JSON.parse(text) as { metadata?: unknown };
  delete pact.metadata;
  return pact;
}

/**
 * Compares a freshly generated pact with the committed one. Locally a change is copied into
 * pacts/ (review sees it in the diff); in CI a difference fails, so a stale pact never lands.
 */
export async function settleGeneratedPact(fileName: string) {
  const generated = await readFile(`${GENERATED_PACTS_DIR}${fileName}`, 'utf8');
  const committed = await readFile(`${PACTS_DIR}${fileName}`, 'utf8').catch(() => undefined);
  const isSame =
    committed !== undefined &&
    JSON.stringify(contractOf(committed)) === JSON.stringify(contractOf(generated));

  if (isSame) return;
  if (process.env.CI) {
    expect.fail(
      `pacts/${fileName} differs from what the consumer tests generate: run npm test locally and commit it`,
    );
  }
  await copyFile(`${GENERATED_PACTS_DIR}${fileName}`, `${PACTS_DIR}${fileName}`);
}
