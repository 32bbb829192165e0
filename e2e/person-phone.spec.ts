// The phone field's country code picker: it follows the address country, can be changed, and the number
// is sent in E.164.
import { openPersonForm } from './pages/person-form.helpers';
import { expect, expectNoAxeViolations, test } from './support/fixtures';

test('the country code follows the address country until the person picks another', async ({ page, emulator }) => {
  await openPersonForm(page, emulator, { requirements: 'first_name phone address.country' });
  const code = page.getByRole('combobox', { name: 'Country code' });
  await expect(code).toHaveValue('US');
  await expect(code.locator('option:checked')).toHaveText(/^\+1 /);

  // A Japanese address: the code follows.
  const country = page.getByRole('combobox', { name: 'Country', exact: true });
  await country.fill('Japan');
  await country.press('Enter');
  await expect(code).toHaveValue('JP');

  // The person picks the UK for a UK number typed without its code.
  await code.selectOption('GB');
  await page.getByLabel('First name').fill('Jenny');
  await page.getByLabel('Phone number').fill('020 7946 0018');
  await page.locator('person-token-form').screenshot({ path: 'screenshots/person-phone-code.png' });
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect.poll(async () => (await emulator.tokens()).length).toBe(1);
  const [token] = await emulator.tokens();
  expect(token?.params).toMatchObject({ first_name: 'Jenny', phone: '+442079460018', address: { country: 'JP' } });
});

test('a number for the chosen code that cannot exist is refused at the field', async ({ page, emulator }) => {
  await openPersonForm(page, emulator, { requirements: 'phone' });
  await page.getByLabel('Phone number').fill('12');
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.locator('person-token-form').getByText(/valid phone number/)).toBeVisible();
  expect(await emulator.tokens()).toEqual([]);
});

test('the code picker holds every calling code by the time a person reaches it, by keyboard or pointer', async ({
  page,
  emulator,
}) => {
  await openPersonForm(page, emulator, { requirements: 'phone' });
  const code = page.getByRole('combobox', { name: 'Country code' });
  await code.focus();
  expect(await code.locator('option').count()).toBeGreaterThan(200);
  await expect(code.locator('option:checked')).toHaveText(/^\+1 United States/);
  await page.keyboard.press('ArrowDown');
  await expect(code).not.toHaveValue('US');
  expect(await page.locator('person-token-form .calling-code .select-text').innerText()).toBe(
    await code.locator('option:checked').innerText(),
  );
});
