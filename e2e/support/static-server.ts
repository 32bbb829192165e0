// A plain static file server, as any static host is: files from one folder under a base path, nothing else.
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** Answers with the file at `relativePath` under `root`, or 404 when there is none or the path leaves `root`. */
export function sendFile(response: ServerResponse, root: string, relativePath: string): void {
  const file = normalize(join(root, relativePath));
  if (!file.startsWith(root + sep)) {
    response.writeHead(404).end();
    return;
  }
  readFile(file).then(
    (body) => {
      response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    },
    () => response.writeHead(404).end(),
  );
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** The origin and the base path: where the folder's `index.html` is served. */
  readonly url: string;
  readonly close: () => Promise<void>;
}

/** Serves `folder` at `basePath` (`/token-forms/`); a folder's `index.html` for its path, 404 elsewhere. */
export async function serveStatic(folder: string, basePath = '/'): Promise<StaticServer> {
  const root = resolve(folder);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(basePath)) {
      response.writeHead(404).end();
      return;
    }
    const relativePath = path.slice(basePath.length);
    sendFile(
      response,
      root,
      relativePath.endsWith('/') || relativePath === '' ? `${relativePath}index.html` : relativePath,
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: `${origin}${basePath}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
