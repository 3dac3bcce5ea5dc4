import SwaggerParser from '@apidevtools/swagger-parser';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import {
  CONTRACTS,
  examplesOf,
  findSchemaErrors,
  loadDocument,
  operationsOf,
} from './openapi-document.ts';

const DOCUMENTS = ['internal-api.yaml', 'okta-users-api.yaml', 'mock-admin-api.yaml'];
// Prism's mock serves these examples, so each must be an answer the contract allows.
const WITH_EXAMPLES = ['internal-api.yaml', 'okta-users-api.yaml'];

describe('OpenAPI documents', () => {
  test.each(DOCUMENTS)('parses %s as YAML declaring OpenAPI 3.0.3', async (name) => {
    const text = await readFile(new URL(name, CONTRACTS), 'utf8');

    const document = parse(text) as { openapi?: unknown };

    expect(document.openapi).toBe('3.0.3');
  });

  test.each(DOCUMENTS)('validates %s against the OpenAPI 3.0 schema', async (name) => {
    const validation = SwaggerParser.validate(new URL(name, CONTRACTS).pathname);

    await expect(validation).resolves.toBeTruthy();
  });

  test.each(DOCUMENTS)('resolves every $ref of %s', async (name) => {
    const text = await readFile(new URL(name, CONTRACTS), 'utf8');
    const refs = [...text.matchAll(/\$ref: '([^']+)'/g)].map((match) => match[1]!);
    const document = parse(text) as Record<string, unknown>;

    const dangling = refs.filter((ref) => resolvePointer(document, ref) === undefined);

    expect(refs.length).toBeGreaterThan(0);
    expect(dangling).toEqual([]);
  });

  test.each(WITH_EXAMPLES)('gives %s examples that match their own schemas', async (name) => {
    const document = await loadDocument(new URL(name, CONTRACTS));
    const problems: string[] = [];
    let checked = 0;

    for (const [label, operation] of operationsOf(document)) {
      const bodies = Object.entries(operation.requestBody?.content ?? {});
      const answers = Object.entries(operation.responses).flatMap(([status, response]) =>
        Object.entries(response.content ?? {}).map(([type, media]) => [`${status} ${type}`, media]),
      );
      for (const [where, media] of [...bodies, ...answers] as const) {
        if (typeof media === 'string' || !media.schema) continue;
        for (const [exampleName, value] of examplesOf(media)) {
          checked += 1;
          const errors = findSchemaErrors(media.schema, value);
          if (errors.length) problems.push(`${label} ${where} ${exampleName}: ${errors}`);
        }
      }
    }

    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});

// Only local JSON pointers: the documents refer to nothing outside themselves.
function resolvePointer(document: Record<string, unknown>, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;

  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>(
      (node, part) =>
        typeof node === 'object' && node !== null ? Reflect.get(node, part) : undefined,
      document,
    );
}
