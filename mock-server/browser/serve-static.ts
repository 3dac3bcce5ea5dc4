import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** Where to serve from, and extra headers (such as a CSP) for every answer. */
export interface StaticServerOptions {
  root: string;
  host?: string;
  port?: number;
  headers?: Record<string, string>;
}

/** A listening static server and how to stop it. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

// The file a URL path names inside root; undefined for anything that tries to leave it.
function toFilePath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;

  const relative = normalize(decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  const path = join(root, relative);
  return path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`) ? path : undefined;
}

function answerNotFound(res: ServerResponse, headers: Record<string, string>) {
  res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}

/**
 * Serves a built folder (such as the demo app) on 127.0.0.1, port 0 unless told. GET and
 * HEAD only; nothing outside `root` is reachable.
 */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
  Object.assign(headers, options.headers);

  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://static.invalid').pathname;
    const file = toFilePath(options.root, path);
    const type = file ? CONTENT_TYPES[extname(file)] : undefined;
    if (!file || !type || (req.method !== 'GET' && req.method !== 'HEAD')) {
      return answerNotFound(res, headers);
    }

    try {
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'content-type': type, 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      answerNotFound(res, headers);
    }
  });

  await new Promise<void>((resolve) => {
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;

  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
