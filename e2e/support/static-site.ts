// A little static server for pages as an integrator serves them: the built script-tag folder, and
// pages of our own with the response headers (a Content-Security-Policy) a host would send.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sendFile } from './static-server';

const run = promisify(execFile);

/** A response of the site's own, at an exact path. */
export interface SitePage {
  readonly body: string;
  /** `text/html` unless given. */
  readonly contentType?: string;
  /** Sent as the `Content-Security-Policy` header. */
  readonly policy?: string;
}

export interface StaticSite {
  readonly origin: string;
  close(): Promise<void>;
}

/** Builds `dist/token-forms.js` and its chunks (`vite build`) into a folder of its own; removes it on `dispose`. */
export async function buildScriptTagBundle(): Promise<{ readonly directory: string; dispose(): void }> {
  const directory = mkdtempSync(join(tmpdir(), 'token-forms-dist-'));
  // Built as it ships: a test runner's NODE_ENV=test would build Lit's development mode.
  await run('npx', ['vite', 'build'], {
    env: { ...process.env, NODE_ENV: 'production', TOKEN_FORMS_OUT_DIR: directory },
    timeout: 220_000,
  });
  return { directory, dispose: () => rmSync(directory, { recursive: true, force: true }) };
}

/** Serves `pages` at their paths and every other path from `root`, on a free loopback port. */
export async function serveStaticSite(root: string, pages: Readonly<Record<string, SitePage>>): Promise<StaticSite> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const page = pages[path];
    if (page) {
      response.writeHead(200, {
        'content-type': page.contentType ?? 'text/html',
        ...(page.policy ? { 'content-security-policy': page.policy } : {}),
      });
      response.end(page.body);
      return;
    }
    sendFile(response, root, path);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
