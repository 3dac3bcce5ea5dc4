import { writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const CONTRACTS = new URL('..', import.meta.url);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The documents types are generated from, and where each one's types go (both in contracts/). */
export const GENERATED = [
  { document: 'internal-api.yaml', output: 'generated/internal-api.ts' },
  { document: 'okta-users-api.yaml', output: 'generated/okta-users-api.ts' },
] as const;

/**
 * The TypeScript that `npm run generate` writes for one OpenAPI document.
 *
 * @param yamlPath the document, absolute or relative to contracts/ (`'internal-api.yaml'`)
 */
export async function renderTypes(yamlPath: string): Promise<string> {
  const url = new URL(yamlPath, CONTRACTS);
  const ast = await openapiTS(url, { alphabetize: true });

  // A path from the repository root, so the header is the same on every machine.
  const source = relative(ROOT, fileURLToPath(url)).replaceAll('\\', '/');
  const header = [
    `// Generated from ${source} by \`npm run generate\` (openapi-typescript).`,
    '// Do not edit: change the document and run the command again.',
    '',
  ].join('\n');

  return `${header}${astToString(ast)}`;
}

async function writeAll() {
  for (const { document, output } of GENERATED) {
    const path = fileURLToPath(new URL(output, CONTRACTS));
    await writeFile(path, await renderTypes(document));
    console.log(`wrote ${relative(ROOT, path)}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await writeAll();
