// The demo as a static host serves it: `npm run build:demo` output under a sub-path, a plain static file
// server, no emulator process. The in-browser emulator (a service worker on the page's origin) answers a
// v1 person, a v1 account and a v2 account journey, and no request leaves the page's origin.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { serveStatic, type StaticServer } from './support/static-server';

const run = promisify(execFile);
const screenshotDirectory = 'screenshots';
const outDir = mkdtempSync(join(tmpdir(), 'token-forms-demo-'));
let site: StaticServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await run('npx', ['vite', 'build', '--mode', 'demo', '--logLevel', 'warn'], {
    env: { ...process.env, TOKEN_FORMS_DEMO_OUT_DIR: outDir },
    timeout: 170_000,
  });
  site = await serveStatic(outDir, '/token-forms/');
});

test.afterAll(async () => {
  await site?.close();
  rmSync(outDir, { recursive: true, force: true });
});

/** Sets the demo's settings: API version, business type, country and requirements. */
async function configure(
  page: Page,
  settings: { version: 'v1' | 'v2'; country?: string; requirements: string },
): Promise<void> {
  const panel = page.locator('#settings');
  await page.getByRole('radio', { name: settings.version === 'v1' ? 'v1 tokens' : 'v2 accounts' }).check();
  await panel.getByLabel('Country').selectOption(settings.country ?? 'US');
  await panel.getByLabel('Requirements').fill(settings.requirements);
}

test('served from a sub-path as static files, the in-browser emulator answers every journey on the page origin', async ({
  page,
  consoleErrors,
}) => {
  const origins = new Set<string>();
  page.context().on('request', (request) => origins.add(new URL(request.url()).origin));
  await page.goto(site.url);
  const status = page.locator('#connection-status');
  await expect(status).toHaveText(/^In-browser emulator: a service worker on this page answers/);
  await expect(page.locator('body')).not.toContainText('npm start');
  const tokenId = page.locator('#token-id');
  const carried = page.locator('#token-params');

  // A v1 person.
  await configure(page, { version: 'v1', requirements: 'first_name last_name' });
  const personForm = page.locator('person-token-form');
  await personForm.getByLabel('First name', { exact: true }).fill('Jenny');
  await personForm.getByLabel('Last name', { exact: true }).fill('Rosen');
  await personForm.getByRole('button', { name: 'Submit' }).click();
  await expect(tokenId).toHaveText(/^cpt_/);
  await expect(page.locator('#token-source')).toHaveText('Person token form');
  await expect(carried).toContainText('"last_name": "Rosen"');

  // A v1 account.
  await configure(page, {
    version: 'v1',
    country: 'GB',
    requirements: 'individual.first_name individual.last_name tos_acceptance',
  });
  const accountForm = page.locator('account-token-form');
  await accountForm.getByLabel('First name', { exact: true }).fill('Ada');
  await accountForm.getByLabel('Last name', { exact: true }).fill('Lovelace');
  await accountForm.getByRole('checkbox', { name: 'I have read and accept the terms of service.' }).check();
  await accountForm.getByRole('button', { name: 'Submit' }).click();
  await expect(tokenId).toHaveText(/^ct_/);
  await expect(carried).toContainText('"first_name": "Ada"');

  // A v2 account.
  await configure(page, { version: 'v2', country: 'JP', requirements: 'display_name contact_email' });
  await accountForm.getByLabel('Display name').fill('Hanako Studio');
  await accountForm.getByLabel('Contact email').fill('hanako@example.com');
  await accountForm.getByRole('button', { name: 'Submit' }).click();
  await expect(tokenId).toHaveText(/^accttok_/);
  await expect(carried).toContainText('"display_name": "Hanako Studio"');

  expect([...origins]).toEqual([site.origin]);
  expect(consoleErrors).toEqual([]);
});

test('a Japanese postal code fills the address from the data beside the demo, on the page origin', async ({
  page,
  consoleErrors,
}) => {
  const requests: URL[] = [];
  page.context().on('request', (request) => requests.push(new URL(request.url())));
  await page.goto(site.url);
  await configure(page, { version: 'v1', country: 'JP', requirements: '' });
  const kanji = page.locator('person-token-form').getByRole('group', { name: 'Address (Kanji)' });
  // The table of chunks comes with the idle preload after the form renders, so the code typed fetches one chunk.
  await expect.poll(() => requests.some((url) => /\/jp-data-loader-[\w-]+\.js$/.test(url.pathname))).toBe(true);
  const before = requests.length;
  await kanji.getByLabel('Postal code').fill('100-0001');
  await expect(kanji.getByLabel('City or ward')).toHaveValue('千代田区');
  const lookup = requests.slice(before);
  expect(lookup.map((url) => url.origin)).toEqual([site.origin]);
  expect(lookup.filter((url) => /\/jp-postal-[\d-]+\/100\.js$/.test(url.pathname))).toHaveLength(1);
  expect(consoleErrors).toEqual([]);
});

test("takes a real test key to Stripe's test mode and says so", async ({ page }) => {
  const stripeCalls: string[] = [];
  await page.route(/^https:\/\/(api|files)\.stripe\.com\//, async (route) => {
    stripeCalls.push(route.request().url());
    await route.abort();
  });
  await page.goto(site.url);
  await expect(page.locator('#connection-status')).toHaveText(/^In-browser emulator/);
  await page.getByLabel('Publishable key').fill('pk_test_51ExampleKey0000');
  await expect(page.locator('#connection-status')).toHaveText(
    'Stripe test mode: requests go to https://api.stripe.com.',
  );
  await expect(page.locator('person-token-form')).toHaveAttribute('api-base', 'https://api.stripe.com');
  await page.getByLabel('Publishable key').fill('');
  await expect(page.locator('#connection-status')).toHaveText(/^In-browser emulator/);
  await expect(page.locator('person-token-form')).toHaveAttribute('api-base', `${site.url}emulator`);
  expect(stripeCalls).toEqual([]);
});

/** What a person could have seen while the demo started: recorded at every frame from the first one. */
interface StartUpRecord {
  /** Forms that ever showed the "not set up correctly" banner. */
  banners: string[];
  /** Whether the account form ever offered a business type choice (the demo fixes it to Individual). */
  businessTypeChoice: boolean;
  /** Each form's key and whether it was disabled, at the first frame it showed fields. */
  firstRender: Record<string, { key: string | null; disabled: boolean }>;
  /** Every text and height the connection box had, in order, each once. */
  statuses: { text: string; height: number }[];
}

declare global {
  interface Window {
    startUp?: StartUpRecord;
  }
}

/**
 * Holds the service worker's script back by `delay` ms, as a slow network does, and records at every frame
 * the forms' banners, the account form's business type choice and the connection box.
 */
async function startSlowly(page: Page, delay: number): Promise<void> {
  await page.context().route(/\/emulator-worker\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, delay));
    await route.continue();
  });
  await page.addInitScript(() => {
    const record: StartUpRecord = { banners: [], businessTypeChoice: false, firstRender: {}, statuses: [] };
    window.startUp = record;
    const look = (): void => {
      for (const tag of ['account-token-form', 'person-token-form']) {
        const form = document.querySelector(tag);
        const root = form?.shadowRoot;
        if (form && root?.querySelector('[part="field"]') && !record.firstRender[tag]) {
          record.firstRender[tag] = {
            key: form.getAttribute('publishable-key'),
            disabled: form.hasAttribute('disabled'),
          };
        }
        if (root?.querySelector('[part="banner"].configuration') && !record.banners.includes(tag)) {
          record.banners.push(tag);
        }
        const labels = [...(root?.querySelectorAll('label') ?? [])].map((label) => label.textContent?.trim());
        if (tag === 'account-token-form' && labels.includes('Business type')) record.businessTypeChoice = true;
      }
      const status = document.querySelector('#connection-status');
      const last = record.statuses.at(-1);
      if (status) {
        const seen = { text: status.textContent ?? '', height: status.getBoundingClientRect().height };
        if (last?.text !== seen.text || last.height !== seen.height) record.statuses.push(seen);
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}

test('on a slow start the forms come configured at once: no configuration banner, no rebuilt account form, no jump', async ({
  page,
  consoleErrors,
}) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await startSlowly(page, 1500);
  await page.goto(site.url);
  const status = page.locator('#connection-status');
  const personForm = page.locator('person-token-form');
  // The forms are there before the in-browser emulator runs.
  await expect(personForm.getByLabel('First name', { exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  await expect(status).toHaveText(/^In-browser emulator: a service worker on this page answers/);

  const record = await page.evaluate(() => window.startUp);
  expect(record?.banners).toEqual([]);
  expect(record?.businessTypeChoice).toBe(false);
  // Configured from their first frame, the forms wait for the emulator disabled, then take input.
  const waiting = { key: 'pk_test_emulator0000demo', disabled: true };
  expect(record?.firstRender).toEqual({ 'account-token-form': waiting, 'person-token-form': waiting });
  await expect(personForm).not.toHaveAttribute('disabled');
  await expect(page.locator('account-token-form')).not.toHaveAttribute('disabled');
  // The connection box says from the first paint which emulator answers, and keeps its size when it starts.
  const statuses = record?.statuses ?? [];
  expect(statuses.map((seen) => seen.text)).toEqual([
    expect.stringMatching(/^In-browser emulator: starting/),
    expect.stringMatching(/^In-browser emulator: a service worker on this page answers/),
  ]);
  expect(new Set(statuses.map((seen) => seen.height)).size).toBe(1);

  await configure(page, { version: 'v1', requirements: 'first_name last_name' });
  await personForm.getByLabel('First name', { exact: true }).fill('Jenny');
  await personForm.getByLabel('Last name', { exact: true }).fill('Rosen');
  await personForm.getByRole('button', { name: 'Submit' }).click();
  await expect(page.locator('#token-id')).toHaveText(/^cpt_/);
  expect(consoleErrors).toEqual([]);
});

test('a setting changed before the in-browser emulator runs leaves the right status and a working form', async ({
  page,
  consoleErrors,
}) => {
  await startSlowly(page, 1500);
  await page.goto(site.url);
  await page.waitForFunction(() => customElements.get('person-token-form') !== undefined);
  await page.locator('#settings').getByLabel('Language').selectOption('en');
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();

  const status = page.locator('#connection-status');
  await expect(status).toHaveText(/^In-browser emulator: a service worker on this page answers/);
  await configure(page, { version: 'v1', requirements: 'first_name last_name' });
  const personForm = page.locator('person-token-form');
  await personForm.getByLabel('First name', { exact: true }).fill('Jenny');
  await personForm.getByLabel('Last name', { exact: true }).fill('Rosen');
  await personForm.getByRole('button', { name: 'Submit' }).click();
  await expect(page.locator('#token-id')).toHaveText(/^cpt_/);
  await expect(page.locator('#token-params')).toContainText('"last_name": "Rosen"');

  const statuses = (await page.evaluate(() => window.startUp?.statuses)) ?? [];
  expect(statuses.filter((seen) => /does not answer|Checking the emulator/.test(seen.text))).toEqual([]);
  await expect(status).toHaveAttribute('data-state', 'connected');
  expect(consoleErrors).toEqual([]);
});

for (const width of [375, 1280]) {
  test(`the hosted demo fits and is accessible at ${width} px, in English and Japanese`, async ({ page }) => {
    // Two full-page accessibility scans: slow on a small, shared machine.
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(site.url);
    await expect(page.locator('#connection-status')).toHaveAttribute('data-state', 'connected');
    for (const locale of ['en', 'ja'] as const) {
      await page.locator('#settings').getByLabel('Language').selectOption(locale);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'horizontal scrolling').toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
      await page.screenshot({
        path: `${screenshotDirectory}/hosted-demo-${width}-${locale}.png`,
        fullPage: width < 1000,
      });
    }
  });
}
