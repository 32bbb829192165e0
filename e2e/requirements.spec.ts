// Requirements as Stripe writes them: a v1 requirements object with errors, v2 entries, person ids.
import { mkdirSync } from 'node:fs';
import { openPersonForm } from './pages/person-form.helpers';
import { openAccountForm, screenshotDirectory } from './pages/token-form.helpers';
import { expect, expectNoAxeViolations, test } from './support/fixtures';

mkdirSync(screenshotDirectory, { recursive: true });

const v1Requirements = {
  currently_due: ['individual.first_name', 'individual.address.postal_code', 'individual.address.line1'],
  eventually_due: ['individual.id_number'],
  errors: [
    {
      requirement: 'individual.address.postal_code',
      code: 'invalid_address_postal_code',
      reason: 'The postal code 94105 does not match the address 1 Market St.',
    },
  ],
};

for (const { locale, message, firstName, postalCode } of [
  {
    locale: 'en',
    message: 'This postal code does not fit the address. Check it.',
    firstName: 'First name',
    postalCode: 'ZIP code',
  },
  {
    locale: 'ja',
    message: '郵便番号が住所と一致しません。郵便番号をご確認ください。',
    firstName: '名（ローマ字）',
    postalCode: 'ZIP コード',
  },
] as const) {
  test(`shows Stripe's errors on requirements at their fields when the form opens (${locale})`, async ({
    page,
    emulator,
  }) => {
    await openAccountForm(page, emulator, { country: 'US', 'business-type': 'individual', locale });
    // The property takes the Account's requirements object as the API returns it.
    await page.locator('account-token-form').evaluate((element, requirements) => {
      (element as HTMLElement & { requirements: unknown }).requirements = requirements;
    }, v1Requirements);
    const postal = page.getByLabel(postalCode, { exact: true });
    await expect(postal).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(message)).toBeVisible();
    // Stripe's own reason may quote what was submitted: it is never shown.
    await expect(page.getByText('does not match the address 1 Market St')).toHaveCount(0);
    await page
      .locator('account-token-form')
      .screenshot({ path: `${screenshotDirectory}/requirements-errors-${locale}.png` });
    await expectNoAxeViolations(page);
    await expect(page.getByLabel(firstName, { exact: true })).toHaveAttribute('required', '');

    await postal.fill('94107');
    await expect(page.getByText(message)).toHaveCount(0);
    await expect(postal).toHaveAttribute('aria-invalid', 'false');
  });
}

test('sends a form whose only problem is what Stripe reported before: the person may have fixed it', async ({
  page,
  emulator,
}) => {
  await openAccountForm(page, emulator, { country: 'US', 'business-type': 'individual' });
  await page.locator('account-token-form').evaluate((element) => {
    (element as HTMLElement & { requirements: unknown }).requirements = {
      currently_due: ['individual.first_name'],
      errors: [{ requirement: 'individual.first_name', code: 'verification_failed_name_match', reason: '' }],
    };
  });
  await page.getByLabel('First name', { exact: true }).fill('Jenny');
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect.poll(async () => (await emulator.tokens()).length).toBe(1);
  const [token] = await emulator.tokens();
  expect(token?.params).toMatchObject({ individual: { first_name: 'Jenny' } });
});

test('a person form asks only for its own person’s entries of a v2 requirements object', async ({ page, emulator }) => {
  const requirements = JSON.stringify({
    entries: [
      { description: 'given_name', reference: { type: 'person', resource: 'person_1ABC' } },
      { description: 'identity.individual.email', reference: { type: 'person', resource: 'person_1ABC' } },
      { description: 'surname', reference: { type: 'person', resource: 'person_2XYZ' } },
    ],
  });
  await openPersonForm(page, emulator, {
    'api-version': 'v2',
    account: 'acct_1Nv0FGQ9RKHgCVdK',
    requirements,
    person: 'person_1ABC',
  });
  const form = page.locator('person-token-form');
  await expect(form.getByLabel('First name', { exact: true })).toBeVisible();
  await expect(form.getByLabel('Email')).toBeVisible();
  await expect(form.getByLabel('Last name', { exact: true })).toHaveCount(0);
});

test('a person asked for as an owner is sent as one, without being asked', async ({ page, emulator }) => {
  await openPersonForm(page, emulator, { requirements: 'owners.first_name' });
  const form = page.locator('person-token-form');
  await expect(form.getByRole('checkbox', { name: /owner/i })).toHaveCount(0);
  await form.getByLabel('First name', { exact: true }).fill('Jenny');
  await form.getByRole('button', { name: 'Submit' }).click();
  await expect.poll(async () => (await emulator.tokens()).length).toBe(1);
  const [token] = await emulator.tokens();
  expect(token?.params).toEqual({ first_name: 'Jenny', relationship: { owner: true } });
});
