// Repeatable lists: a person adds a second id number and address, removes one, and the token carries
// exactly the items left, in order.
import { openPersonForm } from './pages/person-form.helpers';
import { expect, expectNoAxeViolations, test } from './support/fixtures';

test("a second id number can be added, up to the list's two (v2)", async ({ page, emulator }) => {
  await openPersonForm(page, emulator, {
    'api-version': 'v2',
    account: 'acct_1Nv0FGQ9RKHgCVdK',
    requirements: 'first_name id_number',
  });
  const form = page.locator('person-token-form');
  await page.getByLabel('First name').fill('Jenny');
  await page.getByLabel('ID type', { exact: true }).selectOption('us_ssn');
  const first = page.getByLabel('ID number', { exact: true });
  await first.click();
  await first.fill('123-45-6789');

  await form.getByRole('button', { name: 'Add another ID number' }).click();
  // The button is gone (the list is full); focus is on the new item.
  await expect(page.getByLabel('ID type (2)')).toBeFocused();
  await page.getByLabel('ID type (2)').selectOption('us_itin');
  const second = page.getByLabel('ID number (2)');
  await second.click();
  await second.fill('912-70-1234');
  await form.screenshot({ path: 'screenshots/person-lists-two-ids.png' });
  await expectNoAxeViolations(page);
  // The list has room for two: no third.
  await expect(form.getByRole('button', { name: 'Add another ID number' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Submit' }).click();
  await expect.poll(async () => (await emulator.tokens()).length).toBe(1);
  const [token] = await emulator.tokens();
  expect(token?.params).toMatchObject({
    given_name: 'Jenny',
    id_numbers: [
      { type: 'us_ssn', value: '123-45-6789' },
      { type: 'us_itin', value: '912-70-1234' },
    ],
  });
});

test('removing the first of two items moves the second up', async ({ page, emulator }) => {
  await openPersonForm(page, emulator, {
    'api-version': 'v2',
    account: 'acct_1Nv0FGQ9RKHgCVdK',
    requirements: 'additional_names',
  });
  const form = page.locator('person-token-form');
  await page.getByLabel('Name type', { exact: true }).selectOption('alias');
  await page.getByLabel('Full name', { exact: true }).fill('Jen Rosen');
  await form.getByRole('button', { name: 'Add another name' }).click();
  await page.getByLabel('Name type (2)').selectOption('maiden');
  await page.getByLabel('Full name (2)').fill('Jenny Smith');
  await form.getByRole('button', { name: 'Remove name 1' }).click();
  await expect(page.getByLabel('Name type', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Full name (2)')).toHaveCount(0);
  await expect(page.getByLabel('Full name', { exact: true })).toHaveValue('Jenny Smith');
  await expect(page.getByLabel('Name type', { exact: true })).toHaveValue('maiden');

  await form.getByRole('button', { name: 'Add another name' }).click();
  await expect(page.getByLabel('Full name (2)')).toHaveValue('');
  await page.getByLabel('Name type (2)').selectOption('alias');
  await page.getByLabel('Full name (2)').fill('Jen Rosen');
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect.poll(async () => (await emulator.tokens()).length).toBe(1);
  const [token] = await emulator.tokens();
  expect(token?.params).toMatchObject({
    additional_names: [
      { purpose: 'maiden', full_name: 'Jenny Smith' },
      { purpose: 'alias', full_name: 'Jen Rosen' },
    ],
  });
});
