// Heavy data loads when a form needs it, and only for the active language.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { holdModule } from './support/hold-module';
import { openPersonForm, TEST_KEY } from './pages/person-form.helpers';

function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

test('country names load for the active language only', async ({ page, emulator }) => {
  const urls = recordRequests(page);
  await openPersonForm(page, emulator, { locale: 'ja', country: 'JP' });
  await expect.poll(() => urls.some((url) => /\/src\/i18n\/country-names\/ja\.ts/.test(url))).toBe(true);
  expect(urls.filter((url) => /\/src\/i18n\/country-names\/(?!ja\.ts)\w+\.ts/.test(url))).toEqual([]);
});

test('phone number rules load on first use of a phone field, not with the page', async ({ page, emulator }) => {
  const urls = recordRequests(page);
  const phoneRules = (): boolean => urls.some((url) => /libphonenumber-js/.test(url));
  await openPersonForm(page, emulator, { requirements: 'first_name' });
  await page.waitForLoadState('networkidle');
  expect(phoneRules()).toBe(false);

  await openPersonForm(page, emulator, { requirements: 'first_name phone' });
  const phone = page.getByLabel('Phone number');
  await phone.fill('+1 541 754 3010');
  await phone.blur();
  await expect.poll(phoneRules).toBe(true);
});

test('an English form never fetches the Japanese words', async ({ page, emulator }) => {
  const urls = recordRequests(page);
  await openPersonForm(page, emulator, { locale: 'en', country: 'US' });
  await expect(page.getByLabel('First name')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(
    urls.filter((url) => /\/src\/i18n\/(?:japanese|messages\/ja|field-labels\.ja|form-messages\.ja)\b/.test(url)),
  ).toEqual([]);
});

test('a Japanese form shows nothing in English while its words load, then renders in Japanese', async ({
  page,
  emulator,
}) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/src\/i18n\/japanese\.ts/, async (route) => {
    await held;
    await route.continue();
  });
  const query = new URLSearchParams({
    element: 'person-token-form',
    'publishable-key': TEST_KEY,
    'api-base': emulator.url,
    locale: 'ja',
    country: 'JP',
  });
  await page.goto(`/e2e/pages/token-form.html?${query.toString()}`);
  await page.waitForFunction(() => customElements.get('person-token-form') !== undefined);
  await page.waitForTimeout(300);
  const shownText = (): Promise<string> =>
    page.locator('person-token-form').evaluate((element) => element.shadowRoot?.textContent ?? '');
  expect(await shownText()).not.toMatch(/Last name|First name|Create token|Submit/);
  release();
  await expect(page.getByLabel('姓（漢字）')).toBeVisible();
  expect(await shownText()).not.toMatch(/Last name|First name/);
});

test('a page that sets locale="ja" while the form waits for its parts gets a first render in Japanese, never English', async ({
  page,
  emulator,
}) => {
  // The US state list and the Japanese words are both held: the form waits for the list, the page turns it
  // Japanese meanwhile, the list lands first.
  const releaseStates = await holdModule(page, /\/src\/validation\/regions\/us\.ts/);
  const releaseWords = await holdModule(page, /\/src\/i18n\/japanese\.ts/);
  const query = new URLSearchParams({
    element: 'person-token-form',
    'publishable-key': TEST_KEY,
    'api-base': emulator.url,
    country: 'US',
  });
  await page.goto(`/e2e/pages/token-form.html?${query.toString()}`);
  await page.waitForFunction(() => customElements.get('person-token-form') !== undefined);
  const shownText = (): Promise<string> =>
    page.locator('person-token-form').evaluate((element) => element.shadowRoot?.textContent ?? '');
  expect(await shownText()).not.toMatch(/First name/);
  await page.locator('person-token-form').evaluate((element) => element.setAttribute('locale', 'ja'));
  releaseStates();
  await page.waitForTimeout(500);
  expect(await shownText()).not.toMatch(/Last name|First name|Submit/);
  releaseWords();
  await expect(page.getByLabel('姓（ローマ字）')).toBeVisible();
  expect(await shownText()).not.toMatch(/Last name|First name/);
  await page
    .locator('person-token-form')
    .screenshot({ path: 'screenshots/lazy-data/person-ja-locale-set-while-waiting.png' });
});
