import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { openAccountForm, screenshotDirectory } from './pages/token-form.helpers';
import { recordEvents, recordedEvents } from './pages/person-form.helpers';
import { ADDRESSES } from './support/addresses';

async function createdToken(page: Page): Promise<{ id: string; object: string }> {
  await expect(page.getByRole('status').filter({ hasText: 'Your details were saved.' })).toBeVisible();
  const created = (await recordedEvents(page)).find((event) => event.type === 'token-created');
  return (created?.detail as { token: { id: string; object: string } }).token;
}

test.describe('account-token-form, v2', () => {
  test('a German company with registrar, revenue, workers and declarations gets an account token', async ({
    page,
    emulator,
    consoleErrors,
  }) => {
    const requirements = [
      'display_name',
      'contact_email',
      'company.name',
      'company.structure',
      'company.phone',
      'company.address.line1',
      'company.address.city',
      'company.address.postal_code',
      'company.tax_id',
      'company.annual_revenue',
      'company.monthly_estimated_revenue',
      'company.estimated_worker_count',
      'ownership_declaration',
      'representative_declaration',
      'tos_acceptance',
    ].join(',');
    await openAccountForm(page, emulator, {
      'api-version': 'v2',
      country: 'DE',
      'business-type': 'company',
      requirements,
      'terms-url': '/terms.html',
    });
    await recordEvents(page);

    await page.getByLabel('Display name').fill('Raketenfahrten');
    await page.getByLabel('Contact email').fill('hallo@raketenfahrten.example');
    await page.getByLabel('Legal business name').fill('Raketenfahrten GmbH');
    // v2 adds structures v1 does not know.
    await expect(page.getByLabel('Business structure').getByRole('option', { name: 'Cooperative' })).toHaveCount(1);
    await page.getByLabel('Business structure').selectOption('private_company');
    await page.getByLabel('Business phone number').fill('+49301234567');
    await page.getByLabel('Address line 1').fill(ADDRESSES.berlin.line1);
    await page.getByLabel('City').fill(ADDRESSES.berlin.city);
    await page.getByLabel('Postal code').fill(ADDRESSES.berlin.postal_code);
    // A business's id types, the country's tax number first.
    const idType = page.getByLabel('ID type');
    await expect(idType).toHaveValue('de_stn');
    await expect(idType.getByRole('option', { name: 'Handelsregisternummer' })).toHaveCount(1);
    await page.getByLabel('ID number', { exact: true }).fill('121/5752/5373');
    await page.getByLabel('Registrar').fill('Finanzamt Berlin-Mitte');
    await page.getByLabel('Annual revenue', { exact: true }).fill('12000000');
    // Amounts are in minor units, in the country's currency unless the person picks another.
    await expect(page.getByLabel('Annual revenue currency')).toHaveValue('eur');
    await expect(page.getByLabel('Monthly revenue currency')).toHaveValue('eur');
    await page.getByLabel('Fiscal year end').fill('2025-12-31');
    await page.getByLabel('Estimated monthly revenue').fill('1000000');
    await page.getByLabel('Number of workers').fill('12');
    await page
      .getByRole('checkbox', {
        name: 'I confirm that the information about the owners of this business is complete and correct.',
      })
      .check();
    await page
      .getByRole('checkbox', {
        name: 'I confirm that I am authorized to act for this business and that the information I gave is correct.',
      })
      .check();
    await expect(page.getByRole('link', { name: /Read the terms of service/ })).toHaveAttribute(
      'href',
      /^http:\/\/127\.0\.0\.1:\d+\/terms\.html$/,
    );
    await page.getByRole('checkbox', { name: 'I have read and accept the terms of service.' }).check();
    await page.screenshot({ path: `${screenshotDirectory}/account-v2-company.png`, fullPage: true });
    await page.getByRole('button', { name: 'Submit' }).click();

    const token = await createdToken(page);
    expect(token.id).toMatch(/^accttok_/);
    expect(token.object).toBe('v2.core.account_token');
    expect((await emulator.token(token.id)).params).toEqual({
      display_name: 'Raketenfahrten',
      contact_email: 'hallo@raketenfahrten.example',
      identity: {
        entity_type: 'company',
        business_details: {
          registered_name: 'Raketenfahrten GmbH',
          structure: 'private_company',
          phone: '+49301234567',
          address: ADDRESSES.berlin,
          id_numbers: [{ type: 'de_stn', value: '121/5752/5373', registrar: 'Finanzamt Berlin-Mitte' }],
          annual_revenue: { amount: { value: 12000000, currency: 'eur' }, fiscal_year_end: '2025-12-31' },
          monthly_estimated_revenue: { amount: { value: 1000000, currency: 'eur' } },
          estimated_worker_count: 12,
        },
        attestations: {
          ownership_declaration: { attested: true },
          representative_declaration: { attested: true },
          terms_of_service: { account: { shown_and_accepted: true } },
        },
      },
    });
    expect(consoleErrors).toEqual([]);
  });

  test('an individual, with the account’s display name and contact details, gets an account token', async ({
    page,
    emulator,
    consoleErrors,
  }) => {
    await openAccountForm(page, emulator, { 'api-version': 'v2', country: 'US' });
    await recordEvents(page);
    await page.getByLabel('Business type').selectOption('individual');
    await page.getByLabel('Display name').fill('Jenny’s Rides');
    await page.getByLabel('Contact email').fill('hello@jennysrides.example');
    await page.getByLabel('Contact phone number').fill('+14155550100');
    await page.getByLabel('First name', { exact: true }).fill('Jenny');
    await page.getByLabel('Last name', { exact: true }).fill('Rosen');
    await page.getByLabel('Email', { exact: true }).fill('jenny@example.com');
    await page.getByLabel('Phone number', { exact: true }).fill('+14155550123');
    await page.getByLabel('Month').fill('12');
    await page.getByLabel('Day').fill('31');
    await page.getByLabel('Year').fill('1985');
    await page.getByLabel('Address line 1').fill('1 Main St');
    await page.getByLabel('City').fill('Austin');
    await page.getByLabel('State').selectOption({ label: 'Texas' });
    await page.getByLabel('ZIP code').fill('78701');
    await page.getByLabel('ID type').selectOption('us_ssn_last_4');
    await page.getByLabel('ID number', { exact: true }).fill('6789');
    await page.getByRole('checkbox', { name: 'I have read and accept the terms of service.' }).check();
    await page.screenshot({ path: `${screenshotDirectory}/account-v2-individual.png`, fullPage: true });
    await page.getByRole('button', { name: 'Submit' }).click();

    const token = await createdToken(page);
    expect(token.id).toMatch(/^accttok_/);
    expect((await emulator.token(token.id)).params).toEqual({
      display_name: 'Jenny’s Rides',
      contact_email: 'hello@jennysrides.example',
      contact_phone: '+14155550100',
      identity: {
        entity_type: 'individual',
        individual: {
          given_name: 'Jenny',
          surname: 'Rosen',
          email: 'jenny@example.com',
          phone: '+14155550123',
          date_of_birth: { day: 31, month: 12, year: 1985 },
          address: { line1: '1 Main St', city: 'Austin', state: 'TX', postal_code: '78701', country: 'US' },
          id_numbers: [{ type: 'us_ssn_last_4', value: '6789' }],
        },
        attestations: { terms_of_service: { account: { shown_and_accepted: true } } },
      },
    });
    expect(consoleErrors).toEqual([]);
  });
});
