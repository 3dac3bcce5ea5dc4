import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

/** A JSON Schema node of an OpenAPI 3.0 document, read loosely. */
export interface SchemaNode {
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  pattern?: string;
  required?: string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  allOf?: SchemaNode[];
  [keyword: string]: unknown;
}

export interface MediaType {
  schema?: SchemaNode;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}

export interface ResponseNode {
  description: string;
  headers?: Record<string, { schema?: SchemaNode }>;
  content?: Record<string, MediaType>;
}

export interface Parameter {
  name: string;
  in: string;
  required?: boolean;
}

export interface Operation {
  operationId?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, MediaType> };
  responses: Record<string, ResponseNode>;
}

export interface OpenApiDocument {
  openapi: string;
  security?: Record<string, string[]>[];
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, SchemaNode>;
    securitySchemes?: Record<string, Record<string, string>>;
  };
}

export const CONTRACTS = new URL('../../contracts/', import.meta.url);
export const OKTA_EXCERPT = new URL(
  '../../../shared/reference/okta-users-api.official-excerpt.yaml',
  import.meta.url,
);

/** Reads a document with every `$ref` replaced by what it points at (rejects a dangling one). */
export async function loadDocument(location: URL): Promise<OpenApiDocument> {
  const document = await SwaggerParser.dereference(location.pathname);

  return document as unknown as OpenApiDocument;
}

// OpenAPI 3.0 keywords (nullable aside, which Ajv knows) are not JSON Schema's: let them pass.
const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
addFormats.default(ajv);
ajv.addFormat('password', true);

/** The schema problems of a value, as readable lines; empty when it is valid. */
export function findSchemaErrors(schema: SchemaNode, value: unknown): string[] {
  const validate = ajv.compile(schema);
  if (validate(value)) return [];

  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);
}

/** Every example of a media type, named, so a failure says which one. */
export function examplesOf(media: MediaType): [string, unknown][] {
  const named = Object.entries(media.examples ?? {}).map(([name, example]): [string, unknown] => [
    name,
    example.value,
  ]);

  return media.example === undefined ? named : [['example', media.example], ...named];
}

/** The operations of a document as `[label, operation]`, e.g. `GET /internal/okta-profile`. */
export function operationsOf(document: OpenApiDocument): [string, Operation][] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    ['get', 'put', 'post', 'delete', 'patch']
      .filter((method) => item[method])
      .map((method): [string, Operation] => [`${method.toUpperCase()} ${path}`, item[method]!]),
  );
}
