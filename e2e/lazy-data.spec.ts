// Heavy data loads when a form needs it, and only for the active language.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { openPersonForm } from './pages/person-form.helpers';

function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

test('country names load for the active language only', async ({ page, emulator }) => {
  const urls = recordRequests(page);
  await openPersonForm(page, emulator, { locale: 'ja', country: 'JP' });
  await expect.poll(() => urls.some((url) => /i18n-iso-countries\/langs\/ja\.json/.test(url))).toBe(true);
  expect(urls.filter((url) => /i18n-iso-countries\/langs\/(?!ja\.json)/.test(url))).toEqual([]);
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
