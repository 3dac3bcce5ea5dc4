import { jsonAnswer, type MockAnswer, type MockRequest } from '../core/mock-exchange.ts';

/**
 * Every admin path and the methods it answers, as contracts/mock-admin-api.yaml documents
 * them (a test holds the two together). `{id}` stands for one path segment.
 */
export const ADMIN_METHODS: Readonly<Record<string, readonly string[]>> = {
  '/__mock/': ['GET', 'HEAD'],
  '/__mock/console/{id}': ['GET', 'HEAD'],
  '/__mock/scenario': ['GET', 'PUT'],
  '/__mock/latency': ['GET', 'PUT'],
  '/__mock/users': ['GET', 'POST'],
  '/__mock/users/{id}': ['GET', 'PATCH', 'DELETE'],
  '/__mock/reset': ['POST'],
  '/__mock/requests': ['GET', 'DELETE'],
  '/__mock/tokens': ['POST'],
  '/__mock/okta/faults': ['GET', 'POST', 'DELETE'],
  '/__mock/okta/rate-limit': ['GET', 'PUT'],
  '/__mock/okta/reset': ['POST'],
};

function routeOf(path: string): string {
  const users = /^\/__mock\/users\/[^/]+$/;
  const consoleFile = /^\/__mock\/console\/[^/]+$/;

  if (users.test(path)) return '/__mock/users/{id}';
  if (consoleFile.test(path)) return '/__mock/console/{id}';
  return path;
}

/** 413 for an admin request whose body was over the limit, before any handler reads it. */
export function refuseLargeAdminBody(request: MockRequest): MockAnswer | undefined {
  if (!request.bodyTooLarge || !request.path.startsWith('/__mock/')) return undefined;

  return jsonAnswer(413, {
    title: 'Payload Too Large',
    detail: 'Admin API bodies are limited to 16 KiB.',
  });
}

/** 405 with `Allow` when no handler took a request on a known admin path; else undefined. */
export function refuseAdminMethod(request: MockRequest): MockAnswer | undefined {
  const allowed = ADMIN_METHODS[routeOf(request.path)];
  // An allowed method nobody answered is a part this form of the mock lacks (MSW serves no
  // console): a plain 404, not a 405.
  if (!allowed || allowed.includes(request.method)) return undefined;

  return jsonAnswer(
    405,
    { title: 'Method Not Allowed', detail: `${request.path} answers ${allowed.join(', ')}.` },
    { allow: allowed.join(', ') },
  );
}
