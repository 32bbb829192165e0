// A click on a button right after editing a field acts, although leaving the field shows its problem:
// a real mouse press at the place the button was before the field was left.
import type { Locator, Page } from '@playwright/test';
import { openPersonForm } from './pages/person-form.helpers';
import { openAccountForm } from './pages/token-form.helpers';
import { expect, test } from './support/fixtures';

/** Presses and releases the mouse at the centre the button has now, while focus is still in the field. */
async function clickWhereItIs(page: Page, button: Locator): Promise<void> {
  const box = await button.boundingBox();
  if (!box) throw new Error('the button is not on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const attention = (page: Page) => page.getByRole('status').filter({ hasText: /1 field needs your attention/ });

test.describe('a click right after editing a field', () => {
  for (const width of [375, 1280]) {
    test(`submits the person form when the last field shows a problem on leaving (${width} px)`, async ({
      page,
      emulator,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await openPersonForm(page, emulator, { country: 'GB', requirements: 'first_name last_name email' });
      await page.getByLabel('First name').fill('Ada');
      await page.getByLabel('Last name').fill('Lovelace');
      const email = page.getByLabel('Email');
      await email.fill('ada@');
      await expect(email).toBeFocused();

      await clickWhereItIs(page, page.getByRole('button', { name: 'Submit' }));
      // The submission ran: it counted the one problem and went back to it.
      await expect(attention(page)).toBeVisible();
      await expect(email).toHaveAttribute('aria-invalid', 'true');
      await expect(email).toBeFocused();

      // Fixed and clicked at once: the token is made.
      await email.fill('ada@example.com');
      await clickWhereItIs(page, page.getByRole('button', { name: 'Submit' }));
      await expect(page.getByRole('status').filter({ hasText: 'Your details were saved.' })).toBeVisible();
      expect(await emulator.tokens()).toHaveLength(1);
    });
  }

  test('adds another ID number when the number just typed shows a problem on leaving', async ({ page, emulator }) => {
    await openPersonForm(page, emulator, {
      'api-version': 'v2',
      account: 'acct_1Nv0FGQ9RKHgCVdK',
      requirements: 'first_name id_number',
    });
    await page.getByLabel('ID type', { exact: true }).selectOption('us_ssn');
    const number = page.getByLabel('ID number', { exact: true });
    await number.click();
    await number.fill('123');

    await clickWhereItIs(page, page.getByRole('button', { name: 'Add another ID number' }));
    await expect(page.getByLabel('ID type (2)')).toBeFocused();
    await expect(number).toHaveAttribute('aria-invalid', 'true');
  });

  test('submits the account form when the last field shows a problem on leaving', async ({ page, emulator }) => {
    await openAccountForm(page, emulator, {
      country: 'US',
      'business-type': 'company',
      requirements: 'company.name company.tax_id',
    });
    await page.getByLabel('Legal business name').fill('Rocket Rides LLC');
    const ein = page.getByLabel('Tax ID (EIN)');
    await ein.click();
    await ein.fill('12-345');

    await clickWhereItIs(page, page.getByRole('button', { name: 'Submit' }));
    await expect(attention(page)).toBeVisible();
    await expect(ein).toHaveAttribute('aria-invalid', 'true');
    await expect(ein).toBeFocused();

    await ein.fill('91-1144442');
    await clickWhereItIs(page, page.getByRole('button', { name: 'Submit' }));
    await expect(page.getByRole('status').filter({ hasText: 'Your details were saved.' })).toBeVisible();
    expect(await emulator.tokens()).toHaveLength(1);
  });

  test('submits a host form with its own button when the last field shows a problem on leaving', async ({
    page,
    emulator,
  }) => {
    await openPersonForm(page, emulator, { country: 'GB', requirements: 'first_name email', 'host-form': '1' });
    await page.getByLabel('First name').fill('Ada');
    const email = page.getByLabel('Email');
    await email.fill('ada@');

    await clickWhereItIs(page, page.getByRole('button', { name: 'Save' }));
    await expect(attention(page)).toBeVisible();
    await expect(email).toBeFocused();
  });
});
