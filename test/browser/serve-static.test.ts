import { request } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from '../../mock-server/browser/serve-static.ts';

let parent: string;
let root: string;
let site: StaticServer;

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'static-'));
  root = join(parent, 'site');
  await mkdir(root);
  // A file next to the root, which no URL may reach.
  await writeFile(join(parent, 'secret.html'), 'secret');
  await writeFile(join(root, 'index.html'), '<!doctype html><title>demo</title>');
  site = await startStaticServer({
    root,
    headers: { 'content-security-policy': "default-src 'self'" },
  });
});

afterAll(async () => {
  await site.close();
  await rm(parent, { recursive: true, force: true });
});

// fetch() would resolve dot segments itself; a raw request sends the path as written.
function getRaw(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${site.url}${path}`, { method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startStaticServer', () => {
  test('serves index.html for / with the given headers', async () => {
    const response = await fetch(`${site.url}/`);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
  });

  test.each([
    '/../secret.html',
    '/%2e%2e/secret.html',
    '/..%2fsecret.html',
    '/%2e%2e%2fsecret.html',
  ])('answers 404 for %s, outside the root', async (path) => {
    expect(await getRaw(path)).toBe(404);
  });

  test('answers 404 for a method other than GET or HEAD', async () => {
    const response = await fetch(`${site.url}/index.html`, { method: 'POST' });

    expect(response.status).toBe(404);
  });
});
