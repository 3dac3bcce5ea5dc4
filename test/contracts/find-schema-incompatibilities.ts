import type { SchemaNode } from './openapi-document.ts';

/**
 * Where a schema of ours strays from Okta's: a type, nullability or enum that differs, a property
 * Okta's closed schema does not have, or a schema closed where Okta's is open. Fewer properties
 * are fine. Both schemas must be dereferenced.
 */
export function findSchemaIncompatibilities(
  ours: SchemaNode,
  okta: SchemaNode,
  path: string,
): string[] {
  const mine = flatten(ours);
  const theirs = flatten(okta);
  const problems: string[] = [];

  if (theirs.type !== undefined && mine.type !== theirs.type) {
    problems.push(`${path}: type ${mine.type} where Okta has ${theirs.type}`);
  }
  if (Boolean(mine.nullable) !== Boolean(theirs.nullable)) {
    problems.push(`${path}: nullable ${Boolean(mine.nullable)} where Okta differs`);
  }
  const strayValues = (mine.enum ?? []).filter((value) => !(theirs.enum ?? []).includes(value));
  if (theirs.enum && (!mine.enum || strayValues.length > 0)) {
    problems.push(`${path}: enum ${JSON.stringify(mine.enum)} is not within Okta's`);
  }

  const isOktaOpen = theirs.additionalProperties !== false;
  if (isOktaOpen && mine.additionalProperties === false) {
    problems.push(`${path}: closed to other properties where Okta's is open`);
  }

  for (const [name, property] of Object.entries(mine.properties ?? {})) {
    const counterpart = theirs.properties?.[name];
    if (counterpart) {
      problems.push(...findSchemaIncompatibilities(property, counterpart, `${path}.${name}`));
    } else if (theirs.additionalProperties !== true) {
      problems.push(`${path}.${name}: not a property of Okta's schema`);
    }
  }
  if (mine.items && theirs.items) {
    problems.push(...findSchemaIncompatibilities(mine.items, theirs.items, `${path}[]`));
  }

  return problems;
}

// Okta composes with allOf (links, self links); read the parts as one schema.
function flatten(schema: SchemaNode): SchemaNode {
  const { allOf, ...own } = schema;
  if (!allOf) return schema;

  return [...allOf.map(flatten), own].reduce(merge, {});
}

function merge(left: SchemaNode, right: SchemaNode): SchemaNode {
  const properties = { ...left.properties };
  for (const [name, property] of Object.entries(right.properties ?? {})) {
    const earlier = properties[name];
    properties[name] = earlier ? flatten({ allOf: [earlier, property] }) : property;
  }
  const isClosed = left.additionalProperties === false || right.additionalProperties === false;

  return {
    ...left,
    ...right,
    type: left.type ?? right.type,
    nullable: Boolean(left.nullable || right.nullable),
    properties,
    additionalProperties: isClosed
      ? false
      : (right.additionalProperties ?? left.additionalProperties),
  };
}
