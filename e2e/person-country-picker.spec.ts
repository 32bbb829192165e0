import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { openPersonForm, screenshotDirectory } from './pages/person-form.helpers';
import { ADDRESSES } from './support/addresses';

const floatingUi = /floating-ui/;

/** Holds floating-ui's chunk until `release` is called, and records when it was asked for. */
async function holdFloatingUi(page: Page): Promise<{ requested: () => boolean; release: () => void }> {
  let requested = false;
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  page.on('request', (request) => {
    if (floatingUi.test(request.url())) requested = true;
  });
  await page.route(floatingUi, async (route) => {
    await held;
    await route.continue();
  });
  return { requested: () => requested, release };
}

/** Before floating-ui arrives the list shows where the style sheet puts it: just below its input, as wide. */
async function expectBelowInput(input: Locator, listbox: Locator): Promise<void> {
  const inputBox = await input.boundingBox();
  const listBox = await listbox.boundingBox();
  if (!inputBox || !listBox) throw new Error('The input and its list should be laid out');
  expect(Math.abs(listBox.y - (inputBox.y + inputBox.height))).toBeLessThanOrEqual(8);
  expect(Math.abs(listBox.x - inputBox.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(listBox.width - inputBox.width)).toBeLessThanOrEqual(1);
}

/** The list sits against its input, as wide as it, and inside the viewport: floating-ui placed it. */
async function expectPositioned(page: Page, input: Locator, listbox: Locator): Promise<void> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('The page should have a viewport');
  await expect
    .poll(async () => {
      const inputBox = await input.boundingBox();
      const listBox = await listbox.boundingBox();
      if (!inputBox || !listBox) return 'not laid out';
      const below = Math.abs(listBox.y - (inputBox.y + inputBox.height)) <= 8;
      const above = Math.abs(listBox.y + listBox.height - inputBox.y) <= 8;
      return {
        againstInput: below || above,
        sameLeft: Math.abs(listBox.x - inputBox.x) <= 1,
        sameWidth: Math.abs(listBox.width - inputBox.width) <= 1,
        insideViewport:
          listBox.x >= 0 &&
          listBox.y >= 0 &&
          listBox.x + listBox.width <= viewport.width &&
          listBox.y + listBox.height <= viewport.height,
      };
    })
    .toEqual({ againstInput: true, sameLeft: true, sameWidth: true, insideViewport: true });
}

test.describe('person-token-form country picker', () => {
  test('is used with the keyboard alone: type to filter, arrows, Enter, Escape; the address follows the country', async ({
    page,
    emulator,
  }) => {
    await openPersonForm(page, emulator, { country: 'US', requirements: 'first_name last_name address' });
    const country = page.getByRole('combobox', { name: 'Country' });
    await expect(country).toHaveValue('United States of America');

    await page.getByLabel('ZIP code').focus();
    await page.keyboard.press('Tab');
    await expect(country).toBeFocused();
    await page.keyboard.type('ger');
    await expect(country).toHaveAttribute('aria-expanded', 'true');
    const listbox = page.getByRole('listbox', { name: 'Country suggestions' });
    await expect(listbox.getByRole('option').first()).toHaveText('Germany');
    const active = await country.getAttribute('aria-activedescendant');
    await expect(page.locator(`person-token-form >> #${active ?? 'none'}`)).toHaveText('Germany');

    // The list sits against the input (below, or above when there is no room), inside the viewport.
    const inputBox = await country.boundingBox();
    const listBox = await listbox.boundingBox();
    const viewport = page.viewportSize();
    if (!inputBox || !listBox || !viewport) throw new Error('The input and its list should be laid out');
    const below = Math.abs(listBox.y - (inputBox.y + inputBox.height)) <= 8;
    const above = Math.abs(listBox.y + listBox.height - inputBox.y) <= 8;
    expect(below || above).toBe(true);
    expect(listBox.x).toBeCloseTo(inputBox.x, 0);
    expect(listBox.y).toBeGreaterThanOrEqual(0);
    expect(listBox.y + listBox.height).toBeLessThanOrEqual(viewport.height);
    await page.screenshot({ path: `${screenshotDirectory}/person-country-picker-open.png` });

    await page.keyboard.press('Enter');
    await expect(country).toHaveValue('Germany');
    await expect(country).toHaveAttribute('aria-expanded', 'false');
    // German addresses have no state picker and call it a postal code.
    await expect(page.getByLabel('Postal code')).toBeVisible();
    await expect(page.getByLabel('ZIP code')).toHaveCount(0);

    // Arrows open on the chosen country and move; Escape closes and keeps the choice.
    await page.keyboard.press('ArrowDown');
    await expect(country).toHaveAttribute('aria-expanded', 'true');
    await expect(
      page.locator(`person-token-form >> #${(await country.getAttribute('aria-activedescendant')) ?? 'none'}`),
    ).toHaveText('Germany');
    await page.keyboard.press('ArrowDown');
    await expect(
      page.locator(`person-token-form >> #${(await country.getAttribute('aria-activedescendant')) ?? 'none'}`),
    ).toHaveText('Ghana');
    await page.keyboard.press('Escape');
    await expect(country).toHaveAttribute('aria-expanded', 'false');
    await expect(country).toHaveValue('Germany');

    // Typing something that names no country, then leaving, keeps the last choice.
    await page.keyboard.type('zzz');
    await expect(listbox.getByText('No country matches.')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(country).toHaveValue('Germany');

    await page.getByLabel('First name', { exact: true }).fill('Max');
    await page.getByLabel('Last name', { exact: true }).fill('Mustermann');
    await page.getByLabel('Address line 1').fill(ADDRESSES.berlin.line1);
    await page.getByLabel('City').fill(ADDRESSES.berlin.city);
    await page.getByLabel('State, province or region').fill('Berlin');
    await page.getByLabel('Postal code').fill(ADDRESSES.berlin.postal_code);
    await page.getByLabel('Postal code').press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Your details were saved.' })).toBeVisible();
    const [token] = await emulator.tokens();
    expect(token?.params).toMatchObject({
      address: { ...ADDRESSES.berlin, state: 'Berlin' },
    });
  });

  for (const locale of ['en', 'ja'] as const) {
    test(`loads the list's positioning on intent and opens on the first click before it arrives (375 px, ${locale})`, async ({
      page,
      emulator,
    }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      const positioning = await holdFloatingUi(page);
      await openPersonForm(page, emulator, { locale, country: 'US', requirements: 'first_name last_name address' });
      const form = page.locator('person-token-form');
      const label = locale === 'ja' ? '国' : 'Country';
      const country = form.getByRole('combobox', { name: label, exact: true });
      await expect(country).toBeVisible();
      // A form that shows a picker no one has pointed at fetches no positioning, even once idle.
      await page.waitForLoadState('networkidle');
      expect(positioning.requested()).toBe(false);

      await country.scrollIntoViewIfNeeded();
      await country.click();
      // Opened at once, while the positioning code is still held back.
      await expect(country).toHaveAttribute('aria-expanded', 'true');
      const listbox = form.getByRole('listbox', { name: locale === 'ja' ? '国の候補' : 'Country suggestions' });
      await expect(listbox.getByRole('option').first()).toBeVisible();
      expect(positioning.requested()).toBe(true);
      await expectBelowInput(country, listbox);
      await page.screenshot({ path: `${screenshotDirectory}/person-country-picker-unpositioned-375-${locale}.png` });

      positioning.release();
      await expectPositioned(page, country, listbox);
      await page.screenshot({ path: `${screenshotDirectory}/person-country-picker-open-375-${locale}.png` });

      // The click that opened the list lost nothing: the next one chooses.
      const name = locale === 'ja' ? '日本' : 'Japan';
      await country.fill(name);
      await listbox.getByRole('option', { name, exact: true }).click();
      await expect(country).toHaveValue(name);
    });
  }

  test('loads the positioning on focus, and opens on the first key before it arrives', async ({ page, emulator }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    const positioning = await holdFloatingUi(page);
    await openPersonForm(page, emulator, { country: 'US', requirements: 'first_name last_name address' });
    const country = page.getByRole('combobox', { name: 'Country' });
    await page.waitForLoadState('networkidle');
    expect(positioning.requested()).toBe(false);

    await page.getByLabel('ZIP code').focus();
    await page.keyboard.press('Tab');
    await expect(country).toBeFocused();
    await expect.poll(positioning.requested).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect(country).toHaveAttribute('aria-expanded', 'true');
    const listbox = page.getByRole('listbox', { name: 'Country suggestions' });
    await expect(
      page.locator(`person-token-form >> #${(await country.getAttribute('aria-activedescendant')) ?? 'none'}`),
    ).toHaveText('United States of America');
    await expectBelowInput(country, listbox);

    positioning.release();
    await expectPositioned(page, country, listbox);
    // Keys typed while the code loaded count: the next one moves, Enter chooses.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(country).not.toHaveValue('United States of America');
    await expect(country).toHaveAttribute('aria-expanded', 'false');
  });
});
