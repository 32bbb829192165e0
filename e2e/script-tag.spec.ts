// The script-tag build as an integrator uses it: a plain HTML page under a strict Content-Security-Policy
// loads dist's token-forms.js with <script type="module">, and the elements work against the emulator.
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

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ workerEmulatorUrl, scriptTagBundle }) => {
  emulatorOrigin = new URL(workerEmulatorUrl).origin;
  // No inline script or style anywhere; requests only to this origin and the token API.
  const policy = `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src ${emulatorOrigin}`;
  site = await serveStaticSite(scriptTagBundle, {
    '/': { body: plainPage(workerEmulatorUrl), policy },
    '/japan': { body: japanesePage(workerEmulatorUrl), policy },
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

test('a Japanese postal code fills the address from one chunk beside token-forms.js, under the strict CSP', async ({
  page,
  consoleErrors,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const requests: URL[] = [];
  page.on('request', (request) => requests.push(new URL(request.url())));
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
