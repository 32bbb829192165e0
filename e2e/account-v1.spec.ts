import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { openAccountForm, screenshotDirectory } from './pages/token-form.helpers';
import { recordEvents, recordedEvents } from './pages/person-form.helpers';
import { ADDRESSES } from './support/addresses';

mkdirSync(screenshotDirectory, { recursive: true });

const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'Your details were saved.' });

/** The id of the token the form announced, after checking the event carries nothing else. */
async function announcedTokenId(page: Page, prefix: RegExp): Promise<string> {
  const created = (await recordedEvents(page)).find((event) => event.type === 'token-created');
  const token = (created?.detail as { token: { id: string } } | undefined)?.token;
  expect(token?.id).toMatch(prefix);
  return token?.id ?? '';
}

test.describe('account-token-form, v1', () => {
  test('a US individual chooses the business type, fills in by label and gets an account token', async ({
    page,
    emulator,
    consoleErrors,
  }) => {
    await openAccountForm(page, emulator, { country: 'US', 'terms-url': 'https://example.com/connect-terms' });
    await recordEvents(page);
    // Until a business type is chosen the form asks for nothing else.
    await expect(page.getByLabel('First name', { exact: true })).toHaveCount(0);
    await page.getByLabel('Business type').selectOption('individual');

    await page.getByLabel('First name', { exact: true }).fill('Jenny');
    await page.getByLabel('Last name', { exact: true }).fill('Rosen');
    await page.getByLabel('Email').fill('jenny.rosen@example.com');
    await page.getByLabel('Phone number').fill('+14155550123');
    await page.getByLabel('Month').fill('3');
    await page.getByLabel('Day').fill('7');
    await page.getByLabel('Year').fill('1990');
    await page.getByLabel('Address line 1').fill('510 Townsend St');
    await page.getByLabel('City').fill('San Francisco');
    await page.getByLabel('State').selectOption('CA');
    await page.getByLabel('ZIP code').fill('94103');
    await page.getByLabel('Last 4 digits of Social Security number').fill('6789');

    const terms = page.getByRole('link', { name: /Read the terms of service/ });
    await expect(terms).toHaveAttribute('href', 'https://example.com/connect-terms');
    await expect(terms).toHaveAttribute('target', '_blank');
    await expect(terms).toHaveAttribute('rel', 'noopener');
    await page.getByRole('checkbox', { name: 'I have read and accept the terms of service.' }).check();
    await page.screenshot({ path: `${screenshotDirectory}/account-v1-us-individual.png`, fullPage: true });

    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(saved(page)).toBeVisible();
    const id = await announcedTokenId(page, /^ct_/);
    expect((await emulator.token(id)).params).toEqual({
      business_type: 'individual',
      tos_shown_and_accepted: true,
      individual: {
        first_name: 'Jenny',
        last_name: 'Rosen',
        email: 'jenny.rosen@example.com',
        phone: '+14155550123',
        dob: { day: 7, month: 3, year: 1990 },
        address: { line1: '510 Townsend St', city: 'San Francisco', state: 'CA', postal_code: '94103', country: 'US' },
        ssn_last_4: '6789',
      },
    });
    expect(JSON.stringify(await recordedEvents(page))).not.toContain('Rosen');
    expect(consoleErrors).toEqual([]);
  });

  test('a US LLC gives its EIN, checked as an EIN, and a structure that fits a company', async ({
    page,
    emulator,
    consoleErrors,
  }) => {
    await openAccountForm(page, emulator, { country: 'US', 'business-type': 'company' });
    await recordEvents(page);
    // A fixed business type is not offered as a choice.
    await expect(page.getByLabel('Business type')).toHaveCount(0);

    await page.getByLabel('Legal business name').fill('Rocket Rides LLC');
    const structure = page.getByLabel('Business structure');
    await expect(structure.getByRole('option', { name: 'Multi-member LLC' })).toHaveCount(1);
    await expect(structure.getByRole('option', { name: 'Incorporated non-profit' })).toHaveCount(0);
    await expect(structure.getByRole('option', { name: 'Governmental unit' })).toHaveCount(0);
    await structure.selectOption('multi_member_llc');
    await page.getByLabel('Business phone number').fill('+14155550199');
    await page.getByLabel('Address line 1').fill(ADDRESSES.sanFrancisco.line1);
    await page.getByLabel('City').fill(ADDRESSES.sanFrancisco.city);
    await page.getByLabel('State').selectOption(ADDRESSES.sanFrancisco.state);
    await page.getByLabel('ZIP code').fill(ADDRESSES.sanFrancisco.postal_code);

    const ein = page.getByLabel('Tax ID (EIN)');
    await ein.fill('12-345');
    await ein.blur();
    await expect(ein).toHaveAttribute('aria-invalid', 'true');
    // Focus first, as a person does: the masked value turns back into the number, then it is replaced.
    await ein.focus();
    await expect(ein).toHaveValue('12-345');
    await ein.fill('91-1144442');
    await ein.blur();
    await expect(ein).toHaveAttribute('aria-invalid', 'false');
    // A tax id is masked once the person leaves it.
    await expect(ein).toHaveValue('•••• 4442');
    await page.getByRole('checkbox', { name: 'I have read and accept the terms of service.' }).check();
    await page.screenshot({ path: `${screenshotDirectory}/account-v1-us-llc.png`, fullPage: true });

    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(saved(page)).toBeVisible();
    const id = await announcedTokenId(page, /^ct_/);
    expect((await emulator.token(id)).params).toEqual({
      business_type: 'company',
      tos_shown_and_accepted: true,
      company: {
        name: 'Rocket Rides LLC',
        structure: 'multi_member_llc',
        phone: '+14155550199',
        address: ADDRESSES.sanFrancisco,
        tax_id: '91-1144442',
      },
    });
    expect(consoleErrors).toEqual([]);
  });

  test('a GB company gives its company number, VAT number, registration date and declarations', async ({
    page,
    emulator,
    consoleErrors,
  }) => {
    const requirements = [
      'business_type',
      'company.name',
      'company.structure',
      'company.phone',
      'company.address.line1',
      'company.address.city',
      'company.address.postal_code',
      'company.tax_id',
      'company.vat_id',
      'company.registration_date',
      'company.directors_provided',
      'company.owners_provided',
      'company.executives_provided',
      'company.ownership_declaration',
      'company.directorship_declaration',
      'tos_acceptance.date',
    ].join(' ');
    await openAccountForm(page, emulator, { country: 'GB', 'business-type': 'company', requirements });
    await recordEvents(page);

    await page.getByLabel('Legal business name').fill('Rocket Rides Ltd');
    await page.getByLabel('Business structure').selectOption('private_company');
    await page.getByLabel('Business phone number').fill('+442071838750');
    await page.getByLabel('Address line 1').fill(ADDRESSES.london.line1);
    await page.getByLabel('Town or city').fill(ADDRESSES.london.city);
    await page.getByLabel('Postcode').fill(ADDRESSES.london.postal_code);
    await page.getByLabel('Tax ID (Company registration number)').fill('00445790');
    await page.getByLabel('VAT number', { exact: true }).fill('GB 980 7806 84');
    const registered = page.getByRole('group', { name: 'Registration date' });
    await registered.getByLabel('Day').fill('15');
    await registered.getByLabel('Month').fill('3');
    await registered.getByLabel('Year').fill('2001');
    await page.getByRole('checkbox', { name: 'All directors have been provided' }).check();
    await page.getByRole('checkbox', { name: 'All owners have been provided' }).check();
    await page.getByRole('checkbox', { name: 'All executives have been provided' }).check();
    // Each declaration is the statement the person attests to.
    await page
      .getByRole('checkbox', {
        name: 'I confirm that the information about the owners of this business is complete and correct.',
      })
      .check();
    await page
      .getByRole('checkbox', {
        name: 'I confirm that the information about the directors of this business is complete and correct.',
      })
      .check();
    await page.getByRole('checkbox', { name: 'I have read and accept the terms of service.' }).check();
    await page.screenshot({ path: `${screenshotDirectory}/account-v1-gb-company.png`, fullPage: true });

    const before = Math.floor(Date.now() / 1000);
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(saved(page)).toBeVisible();
    const id = await announcedTokenId(page, /^ct_/);
    const params = (await emulator.token(id)).params;
    const userAgent = await page.evaluate(() => navigator.userAgent);
    expect(params).toEqual({
      business_type: 'company',
      tos_shown_and_accepted: true,
      company: {
        name: 'Rocket Rides Ltd',
        structure: 'private_company',
        phone: '+442071838750',
        address: ADDRESSES.london,
        tax_id: '00445790',
        vat_id: 'GB 980 7806 84',
        registration_date: { day: 15, month: 3, year: 2001 },
        directors_provided: true,
        executives_provided: true,
        owners_provided: true,
        ownership_declaration: { date: expect.any(Number), user_agent: userAgent },
        ownership_declaration_shown_and_signed: true,
        directorship_declaration: { date: expect.any(Number), user_agent: userAgent },
      },
    });
    const company = params.company as { ownership_declaration: { date: number } };
    expect(company.ownership_declaration.date).toBeGreaterThanOrEqual(before - 1);
    expect(consoleErrors).toEqual([]);
  });

  test('switching the business type keeps what was typed for each', async ({ page, emulator }) => {
    await openAccountForm(page, emulator, { country: 'US' });
    await page.getByLabel('Business type').selectOption('company');
    await page.getByLabel('Legal business name').fill('Rocket Rides LLC');
    await page.getByLabel('Business type').selectOption('individual');
    await expect(page.getByLabel('Legal business name')).toHaveCount(0);
    await page.getByLabel('First name', { exact: true }).fill('Jenny');
    await page.getByLabel('Business type').selectOption('company');
    await expect(page.getByLabel('Legal business name')).toHaveValue('Rocket Rides LLC');
    await page.getByLabel('Business type').selectOption('individual');
    await expect(page.getByLabel('First name', { exact: true })).toHaveValue('Jenny');
  });

  test('asks for the business type even when the requirements do not name it, and sends it', async ({
    page,
    emulator,
  }) => {
    await openAccountForm(page, emulator, { country: 'GB', requirements: 'individual.first_name tos_acceptance' });
    await recordEvents(page);
    await page.getByLabel('Business type').selectOption('individual');
    await page.getByLabel('First name', { exact: true }).fill('Ada');
    await page.getByRole('checkbox', { name: 'I have read and accept the terms of service.' }).check();
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(saved(page)).toBeVisible();
    const id = await announcedTokenId(page, /^ct_/);
    expect((await emulator.token(id)).params).toEqual({
      business_type: 'individual',
      tos_shown_and_accepted: true,
      individual: { first_name: 'Ada' },
    });
  });

  test('a non-profit and a government entity are offered only structures of their kind', async ({ page, emulator }) => {
    await openAccountForm(page, emulator, { country: 'GB' });
    await page.getByLabel('Business type').selectOption('non_profit');
    const structure = page.getByLabel('Business structure');
    await expect(structure.getByRole('option', { name: 'Registered charity' })).toHaveCount(1);
    await expect(structure.getByRole('option', { name: 'Private company' })).toHaveCount(0);
    await page.getByLabel('Business type').selectOption('government_entity');
    const names = await structure.locator('option').allTextContents();
    expect(names.map((name) => name.trim())).toEqual([
      'Choose…',
      'Governmental unit',
      'Government instrumentality',
      'Tax-exempt government instrumentality',
    ]);
  });
});
