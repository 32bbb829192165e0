// The script-tag build as an integrator uses it: a plain HTML page under a strict Content-Security-Policy
// loads dist's token-forms.js with <script type="module">, and the elements work against the emulator.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { JAPAN_POSTAL_DATA_DATE } from '../src/postal/jp-data/index';
import { serveStaticSite, type StaticSite } from './support/static-site';

let site: StaticSite | undefined;
let origin = '';
let emulatorOrigin = '';

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

/** A Japanese person's form: its postal code lookup loads a data chunk beside token-forms.js. */
function japanesePage(emulatorUrl: string): string {
  return plainPage(emulatorUrl).replace(/requirements="[^"]*"/, 'country="JP"');
}

/** A US person's default form (a state select and the last four of an SSN on show) and a Japanese company's account form. */
function usPersonPage(emulatorUrl: string): string {
  return plainPage(emulatorUrl).replace(/requirements="[^"]*"/, 'country="US"');
}
function japaneseCompanyPage(emulatorUrl: string): string {
  return plainPage(emulatorUrl)
    .replace('<person-token-form', '<account-token-form country="JP" business-type="company"')
    .replace(/requirements="[^"]*"><\/person-token-form>/, '></account-token-form>');
}

/** The chunks beside token-forms.js a page fetched, by the name before their hash (`us`, `account-parts`). */
const chunkNames = (requests: readonly URL[]): string[] =>
  requests.flatMap((url) => /^\/token-forms\/(.+)-[\w-]{8}\.js$/.exec(url.pathname)?.[1] ?? []);

/** Every URL the page asks for, as it asks. */
function recordRequests(page: Page): URL[] {
  const requests: URL[] = [];
  page.on('request', (request) => requests.push(new URL(request.url())));
  return requests;
}

/** The page's Content-Security-Policy complaints, as they come. */
function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** Fills the plain page's name and phone, submits, and resolves to the token's id. */
async function submitNameAndPhone(page: Page): Promise<string> {
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
  return tokenId;
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ workerEmulatorUrl, scriptTagBundle }) => {
  emulatorOrigin = new URL(workerEmulatorUrl).origin;
  // No inline script or style anywhere; requests only to this origin and the token API.
  const policy = `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src ${emulatorOrigin}`;
  site = await serveStaticSite(scriptTagBundle, {
    '/': { body: plainPage(workerEmulatorUrl), policy },
    '/japan': { body: japanesePage(workerEmulatorUrl), policy },
    '/us': { body: usPersonPage(workerEmulatorUrl), policy },
    '/ja': {
      body: plainPage(workerEmulatorUrl).replace('<person-token-form', '<person-token-form locale="ja"'),
      policy,
    },
    '/japan-company': { body: japaneseCompanyPage(workerEmulatorUrl), policy },
    // The strict policy of nonces: only the nonced script, and what it loads, may run.
    '/nonce': {
      body: plainPage(workerEmulatorUrl).replace('<script type="module"', '<script nonce="r4nd0m" type="module"'),
      policy: `script-src 'nonce-r4nd0m' 'strict-dynamic'; object-src 'none'; base-uri 'none'; style-src 'self'; connect-src ${emulatorOrigin}`,
    },
    '/versioned': { body: plainPage(workerEmulatorUrl).replace('/token-forms.js', '/token-forms.js?v=2'), policy },
  });
  origin = site.origin;
});

test.afterAll(async () => {
  await site?.close();
});

test('a plain page registers both elements from the script tag and gets a token under a strict CSP', async ({
  page,
  emulator,
  consoleErrors,
}) => {
  const violations = cspViolations(page);
  const origins = new Set<string>();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));

  await page.goto(`${origin}/`);
  await expect
    .poll(() =>
      page.evaluate(() => ['person-token-form', 'account-token-form'].map((tag) => Boolean(customElements.get(tag)))),
    )
    .toEqual([true, true]);

  const id = await submitNameAndPhone(page);
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

test('under a nonce-based strict-dynamic policy the parts a form loads, and the files they preload, are let through', async ({
  page,
  emulator,
  consoleErrors,
}) => {
  const violations = cspViolations(page);
  await page.goto(`${origin}/nonce`);
  const id = await submitNameAndPhone(page);
  expect((await emulator.token(id)).params).toMatchObject({ phone: '+15417543010' });
  // Lazy chunks' own imports were preloaded beside them, by links the policy allows.
  expect(await page.locator('head link[rel="modulepreload"]').count()).toBeGreaterThan(0);
  expect(violations).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('a page that loads token-forms.js with a query runs one copy of the elements, whose parts load and send a token', async ({
  page,
  emulator,
  consoleErrors,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script')
      scripts.push(new URL(request.url()).pathname + new URL(request.url()).search);
  });
  await page.goto(`${origin}/versioned`);
  expect((await emulator.token(await submitNameAndPhone(page))).params).toMatchObject({ phone: '+15417543010' });
  // The lazy parts (phone rules, the submit path) share the chunk the entry re-exports: no second entry.
  expect(scripts.filter((path) => path.startsWith('/token-forms.js'))).toEqual(['/token-forms.js?v=2']);
  expect(scripts.filter((path) => /^\/token-forms\/core-[\w-]+\.js$/.test(path))).toHaveLength(1);
  expect(consoleErrors).toEqual([]);
});

test('a US form first renders with country names, not codes, in the country field and the calling-code picker', async ({
  page,
  consoleErrors,
}) => {
  // Records what the first frame with inputs shows, before any later render could change it. The picker
  // shows its country's name, with the code once the calling codes are in.
  await page.addInitScript(() => {
    const firstFrame = (): void => {
      const root = document.querySelector('person-token-form')?.shadowRoot;
      const country = root?.querySelector<HTMLInputElement>('input[role="combobox"]');
      if (!root?.querySelector('input') || !country) return void requestAnimationFrame(firstFrame);
      const code = root.querySelector('select option:checked');
      (window as unknown as { firstFrame: string[] }).firstFrame = [country.value, code?.textContent?.trim() ?? ''];
    };
    requestAnimationFrame(firstFrame);
  });
  await page.goto(`${origin}/us`);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { firstFrame?: string[] }).firstFrame))
    .toEqual(['United States of America', expect.stringMatching(/^(\+1 )?United States of America$/u)]);
  expect(consoleErrors).toEqual([]);
});

test('a Japanese postal code fills the address from one chunk beside token-forms.js, under the strict CSP', async ({
  page,
  consoleErrors,
}) => {
  const violations = cspViolations(page);
  const requests = recordRequests(page);
  await page.goto(`${origin}/japan`);
  const kanji = page.getByRole('group', { name: 'Address (Kanji)' });
  const before = requests.length;
  await kanji.getByLabel('Postal code').fill('150-0001');
  await expect(kanji.getByLabel('Town area')).toHaveValue('神宮前');
  await expect(page.getByRole('group', { name: 'Address (Katakana)' }).getByLabel('City or ward')).toHaveValue(
    'シブヤク',
  );
  const lookup = requests.slice(before);
  // Nothing leaves the page's origin; of Japan Post's data, the one chunk for 150 (the index of chunks may
  // still be arriving from the idle preload when the code is typed).
  expect(new Set(lookup.map((url) => url.origin))).toEqual(new Set([origin]));
  // Data chunks are named by Japan Post's date and the prefix: new data comes at new URLs.
  const dataChunks = lookup.filter((url) => /^\/token-forms\/jp-postal-[\d-]+\/\d{3}\.js$/.test(url.pathname));
  expect(dataChunks.map((url) => url.pathname)).toEqual([`/token-forms/jp-postal-${JAPAN_POSTAL_DATA_DATE}/150.js`]);
  expect(violations).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('a US person form fetches its own regions and id table, and nothing of an account form or other countries', async ({
  page,
  consoleErrors,
}) => {
  const requests = recordRequests(page);
  await page.goto(`${origin}/us`);
  // On show at first render, with their choices: the state select and the SSN's last four.
  await expect(page.getByLabel('State').locator('option[value="CA"]')).toHaveText('California');
  await expect(page.getByLabel('Last 4 digits of Social Security number')).toBeVisible();
  const names = chunkNames(requests);
  expect(names).toEqual(expect.arrayContaining(['us', 'person-id-table']));
  for (const other of ['account-parts', 'business-id-table', 'jp', 'ca', 'au']) expect(names).not.toContain(other);
  expect(consoleErrors).toEqual([]);
});

test('a US person form fetches what its checks need while the browser is idle, before anything is typed', async ({
  page,
  consoleErrors,
}) => {
  const requests = recordRequests(page);
  await page.goto(`${origin}/us`);
  await expect(page.getByLabel('Last 4 digits of Social Security number')).toBeVisible();
  // The id number checks, the postal-code rules and the phone plans' loaders are not part of the first
  // render; they come on their own, so that no check of a typed value waits for a download.
  for (const part of ['person-id-checks', 'stdnum-check', 'postal-codes', 'plan-loaders', 'checks']) {
    await expect.poll(() => chunkNames(requests), { message: part }).toContain(part);
  }
  expect(chunkNames(requests)).not.toContain('business-id-checks');
  expect(consoleErrors).toEqual([]);
});

test('a Japanese company form loads its schema, labels and the prefectures at connect and renders once they are in', async ({
  page,
  consoleErrors,
}) => {
  const requests = recordRequests(page);
  await page.goto(`${origin}/japan-company`);
  await expect(page.getByLabel('Legal business name', { exact: true })).toBeVisible();
  const kanji = page.getByRole('group', { name: 'Business address (Kanji)' });
  await expect(kanji.getByLabel('Prefecture').locator('option[value="東京都"]')).toHaveCount(1);
  const names = chunkNames(requests);
  expect(names).toEqual(expect.arrayContaining(['account-parts', 'jp']));
  for (const other of ['person-id-table', 'us', 'ca', 'au']) expect(names).not.toContain(other);
  expect(consoleErrors).toEqual([]);
});

test('an id number typed while its table is still on its way is kept, and checked once the table arrives', async ({
  page,
  consoleErrors,
}) => {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/token-forms\/person-id-table-[\w-]{8}\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${origin}/`);
  await expect(page.getByLabel('First name')).toBeVisible();
  // New requirements show an id number after the first render: the form does not wait for its table.
  await page.evaluate(() => {
    const form = document.querySelector('person-token-form');
    if (form) form.requirements = 'representative.first_name representative.id_number';
  });
  const idNumber = page.getByRole('textbox', { name: /^ID number/ });
  await idNumber.fill('12345');
  await idNumber.blur();
  await expect(page.getByLabel('Type of ID number')).toHaveCount(0);
  release();
  // The table brings the type picker (SSN or ITIN) and the check: five digits are no SSN.
  await expect(page.getByLabel('Type of ID number')).toBeVisible();
  await idNumber.focus();
  await expect(idNumber).toHaveValue('12345');
  await expect(idNumber).toHaveAttribute('aria-invalid', 'true');
  expect(consoleErrors).toEqual([]);
});

test('while an id table and a list of states are on their way, the fields stay usable; then they gain their choices (screenshots)', async ({
  page,
  consoleErrors,
}) => {
  mkdirSync('screenshots', { recursive: true });
  for (const locale of ['en', 'ja'] as const) {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      let release = (): void => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/token-forms\/(?:person-id-table|ca)-[\w-]{8}\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${origin}/${locale === 'ja' ? 'ja' : ''}`);
      const form = page.locator('person-token-form');
      await expect(form.locator('input').first()).toBeVisible();
      await page.evaluate(() => {
        const element = document.querySelector('person-token-form');
        if (!element) return;
        element.requirements = 'representative.first_name representative.id_number representative.address.state';
        element.prefill = { 'person.address.country': 'CA' };
      });
      const ontario = form.locator('option[value="ON"]');
      // Held: the id number without its type picker, Canada's province select without choices.
      await expect(form.locator('input[name="person.id_number"]')).toBeVisible();
      await expect(ontario).toHaveCount(0);
      await expect(form.locator('.id-type')).toHaveCount(0);
      await form.screenshot({ path: `screenshots/parts-loading-${locale}-${width}.png` });
      release();
      await expect(ontario).toHaveCount(1);
      await expect(form.locator('.id-type select')).toBeVisible();
      await form.screenshot({ path: `screenshots/parts-arrived-${locale}-${width}.png` });
      await page.unroute(/\/token-forms\/(?:person-id-table|ca)-[\w-]{8}\.js$/);
    }
  }
  expect(consoleErrors).toEqual([]);
});
