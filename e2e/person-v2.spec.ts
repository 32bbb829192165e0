import { expect, test } from './support/fixtures';
import { openPersonForm, recordEvents, recordedEvents, screenshotDirectory } from './pages/person-form.helpers';

const ACCOUNT = 'acct_1PersonTest0000';

test.describe('person-token-form, v2', () => {
  test('creates a v2 person token under the connected account, with the id number masked until focused', async ({
    page,
    emulator,
    consoleErrors,
  }) => {
    await openPersonForm(page, emulator, { 'api-version': 'v2', account: ACCOUNT, country: 'US' });
    await recordEvents(page);

    await page.getByLabel('First name', { exact: true }).fill('Jenny');
    await page.getByLabel('Last name', { exact: true }).fill('Rosen');
    await page.getByLabel('Email').fill('jenny@example.com');
    await page.getByLabel('Phone number').fill('+14155550123');
    await page.getByLabel('Month').fill('12');
    await page.getByLabel('Day').fill('31');
    await page.getByLabel('Year').fill('1985');
    await page.getByLabel('Address line 1').fill('1 Main St');
    await page.getByLabel('City').fill('Austin');
    await page.getByLabel('State').selectOption({ label: 'Texas' });
    await page.getByLabel('ZIP code').fill('78701');
    await page.getByLabel('ID type').selectOption('us_ssn');
    const idNumber = page.getByLabel('ID number', { exact: true });
    await idNumber.fill('123-45-6789');
    await page.getByLabel('Job title').focus();
    // Not focused: masked. Focused: the real value, to check or correct it.
    await expect(idNumber).toHaveValue('•••• 6789');
    await idNumber.focus();
    await expect(idNumber).toHaveValue('123-45-6789');
    await page.getByLabel('Job title').fill('CEO');

    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your details were saved.' })).toBeVisible();
    const created = (await recordedEvents(page)).find((event) => event.type === 'token-created');
    const token = (created?.detail as { token: { id: string; object: string } }).token;
    expect(token.id).toMatch(/^perstok_/);
    expect(token.object).toBe('v2.core.account_person_token');

    const stored = await emulator.token(token.id);
    expect(stored.account).toBe(ACCOUNT);
    expect(stored.params).toEqual({
      given_name: 'Jenny',
      surname: 'Rosen',
      email: 'jenny@example.com',
      phone: '+14155550123',
      date_of_birth: { day: 31, month: 12, year: 1985 },
      address: { line1: '1 Main St', city: 'Austin', state: 'TX', postal_code: '78701', country: 'US' },
      relationship: { title: 'CEO' },
      id_numbers: [{ type: 'us_ssn', value: '123-45-6789' }],
    });
    await expect(idNumber).toHaveValue('');
    expect(consoleErrors).toEqual([]);
  });

  test('shows a field the token API rejects at that field, keeps every value, and succeeds once it is fixed', async ({
    page,
    emulator,
  }) => {
    await openPersonForm(page, emulator, {
      'api-version': 'v2',
      account: ACCOUNT,
      country: 'US',
      requirements: 'first_name last_name legal_gender',
    });
    await recordEvents(page);
    // The platform prefills a value Stripe does not accept; only Stripe's answer reveals it.
    await page.locator('person-token-form').evaluate((element) => {
      (element as HTMLElement & { prefill: Record<string, string> }).prefill = {
        given_name: 'Jenny',
        legal_gender: 'unspecified',
      };
    });
    await page.getByLabel('Last name', { exact: true }).fill('Rosen');
    await page.getByRole('button', { name: 'Submit' }).click();

    const gender = page.getByLabel('Legal gender');
    await expect(gender).toHaveAttribute('aria-invalid', 'true');
    await expect(gender).toBeFocused();
    const errorId = await gender.getAttribute('aria-describedby');
    await expect(page.locator(`person-token-form >> #${errorId ?? 'missing'}`)).toContainText('legal_gender');
    await expect(page.getByRole('status').filter({ hasText: 'Stripe could not accept 1 field' })).toBeVisible();
    await expect(page.getByLabel('First name', { exact: true })).toHaveValue('Jenny');
    await expect(page.getByLabel('Last name', { exact: true })).toHaveValue('Rosen');
    await page.screenshot({ path: `${screenshotDirectory}/person-v2-stripe-field-error.png`, fullPage: true });

    const failure = (await recordedEvents(page)).find((event) => event.type === 'token-error');
    expect(failure?.detail).toMatchObject({
      error: {
        type: 'invalid_request_error',
        code: 'invalid_fields',
        fieldName: 'legal_gender',
        status: 400,
        retryable: false,
      },
    });
    expect(JSON.stringify(failure)).not.toContain('Rosen');

    await gender.selectOption('female');
    await expect(gender).toHaveAttribute('aria-invalid', 'false');
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your details were saved.' })).toBeVisible();
    const tokens = await emulator.tokens();
    expect(tokens).toHaveLength(1);
    expect(tokens[0]?.params).toEqual({ given_name: 'Jenny', surname: 'Rosen', legal_gender: 'female' });
  });

  test('refuses to send without a connected account, and says so', async ({ page, emulator }) => {
    await openPersonForm(page, emulator, { 'api-version': 'v2', country: 'US' });
    await expect(page.getByRole('alert')).toContainText('connected account id');
    await page.getByRole('button', { name: 'Submit' }).click();
    expect(await emulator.requests()).toEqual([]);
  });
});
