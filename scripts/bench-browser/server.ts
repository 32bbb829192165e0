// The benchmark's two origins: a static site (the built widget, the baselines, the pages) that counts the
// gzip bytes of every file it serves, and the emulator's token API that counts every request it answers
// (a CORS preflight included), so that bytes and round trips are read from the wire, not estimated.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createEmulator } from '../../emulator/core/emulator';
import { serveWithEmulator } from '../../emulator/node/adapter';

const contentTypes: Readonly<Record<string, string>> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.html': 'text/html',
};

export interface Served {
  readonly path: string;
  readonly gzipBytes: number;
  /** When it was served (epoch ms). */
  readonly at: number;
}

export interface BenchSite {
  readonly origin: string;
  readonly served: Served[];
  readonly pages: Map<string, string>;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function closer(server: Server): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
}

/** Serves `pages` (HTML, not counted: the host page's own) and every other path from `roots`, in order. */
export async function serveSite(roots: readonly string[]): Promise<BenchSite> {
  const served: Served[] = [];
  const pages = new Map<string, string>();
  const gzipCache = new Map<string, { body: Buffer; gzipBytes: number }>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const page = pages.get(path);
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(page);
      return;
    }
    for (const root of roots) {
      const file = normalize(join(root, path));
      if (!file.startsWith(root + sep)) continue;
      let entry = gzipCache.get(file);
      if (!entry) {
        try {
          const body = readFileSync(file);
          entry = { body, gzipBytes: gzipSync(body, { level: 9 }).length };
          gzipCache.set(file, entry);
        } catch {
          continue;
        }
      }
      served.push({ path, gzipBytes: entry.gzipBytes, at: Date.now() });
      response.writeHead(200, {
        'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(entry.body);
      return;
    }
    response.writeHead(404).end();
  });
  const origin = await listen(server);
  return { origin, served, pages, close: closer(server) };
}

export interface CountingEmulator {
  readonly url: string;
  /** Every request the token API answered, as `METHOD path`. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** The emulator with Stripe's CORS rules (a request Stripe would preflight is preflighted here too). */
export async function serveCountingEmulator(): Promise<CountingEmulator> {
  const emulator = createEmulator({ strictCors: true });
  const requests: string[] = [];
  let origin = '';
  const server = createServer((message, reply) => {
    requests.push(`${message.method ?? 'GET'} ${message.url ?? ''}`);
    serveWithEmulator(emulator, message, reply, origin).catch(() => {
      if (!reply.headersSent) reply.writeHead(500).end();
    });
  });
  origin = await listen(server);
  return { url: origin, requests, close: closer(server) };
}
