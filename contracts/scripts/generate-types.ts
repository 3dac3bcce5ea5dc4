import { writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const CONTRACTS = new URL('..', import.meta.url);

/** The documents types are generated from, and where each one's types go. */
export const GENERATED = [
  { document: 'internal-api.yaml', output: 'generated/internal-api.ts' },
  { document: 'okta-users-api.yaml', output: 'generated/okta-users-api.ts' },
] as const;

/** The TypeScript that `npm run generate` writes for one OpenAPI document. */
export async function renderTypes(document: string): Promise<string> {
  const ast = await openapiTS(new URL(document, CONTRACTS), { alphabetize: true });
  const header = [
    `// Generated from contracts/${document} by \`npm run generate\` (openapi-typescript).`,
    '// Do not edit: change the document and run the command again.',
    '',
  ].join('\n');

  return `${header}${astToString(ast)}`;
}

async function main() {
  for (const { document, output } of GENERATED) {
    const path = fileURLToPath(new URL(output, CONTRACTS));
    await writeFile(path, await renderTypes(document));
    console.log(`wrote ${path}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
