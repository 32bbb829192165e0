// The script-tag build as an integrator uses it: a plain HTML page under a strict Content-Security-Policy
// loads dist's token-forms.js with <script type="module">, and the elements work against the emulator.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './support/fixtures';

const run = promisify(execFile);
const outDir = mkdtempSync(join(tmpdir(), 'token-forms-dist-'));
let server: Server;
let origin = '';
let emulatorOrigin = '';

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript',
  '.html': 'text/html',
  '.map': 'application/json',
};

function plainPage(emulatorUrl: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Onboarding</title>
    <script type="module" src="/token-forms.js"></script>
  </head>
  <body>
    <h1>Onboarding</h1>
    <person-token-form publishable-key="pk_test_emulator0000demo" api-base="${emulatorUrl}"
      requirements="representative.first_name representative.last_name representative.phone"></person-token-form>
  </body>
</html>`;
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ workerEmulatorUrl }) => {
  test.setTimeout(240_000);
  emulatorOrigin = new URL(workerEmulatorUrl).origin;
  await run('npx', ['vite', 'build'], { env: { ...process.env, TOKEN_FORMS_OUT_DIR: outDir }, timeout: 220_000 });
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    // No inline script or style anywhere; requests only to this origin and the token API.
    const policy = `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src ${emulatorOrigin}`;
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': policy });
      response.end(plainPage(workerEmulatorUrl));
      return;
    }
    const file = normalize(join(outDir, path));
    if (!file.startsWith(outDir)) {
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
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  rmSync(outDir, { recursive: true, force: true });
});

test('a plain page registers both elements from the script tag and gets a token under a strict CSP', async ({
  page,
  emulator,
  consoleErrors,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const origins = new Set<string>();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));

  await page.goto(`${origin}/`);
  await expect
    .poll(() =>
      page.evaluate(() => ['person-token-form', 'account-token-form'].map((tag) => Boolean(customElements.get(tag)))),
    )
    .toEqual([true, true]);

  await page.getByLabel('First name').fill('Jenny');
  await page.getByLabel('Last name').fill('Rosen');
  await page.getByLabel('Phone number').fill('(541) 754-3010');
  const tokenId = page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('token-created', (event) =>
          resolve((event as CustomEvent<{ token: { id: string } }>).detail.token.id),
        );
      }),
  );
  await page.getByRole('button', { name: 'Submit' }).click();
  const id = await tokenId;
  expect(id).toMatch(/^cpt_/);
  // The phone number's metadata came from a lazily loaded chunk beside token-forms.js, and was used.
  expect((await emulator.token(id)).params).toMatchObject({
    first_name: 'Jenny',
    last_name: 'Rosen',
    phone: '+15417543010',
  });

  expect([...origins].sort()).toEqual([emulatorOrigin, origin].sort());
  expect(violations).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
