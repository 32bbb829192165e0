import { expect, test } from './support/fixtures';
import { openPersonForm, screenshotDirectory } from './pages/person-form.helpers';
import { ADDRESSES } from './support/addresses';

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
});
