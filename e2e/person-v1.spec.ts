import { mkdirSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { openPersonForm, recordEvents, recordedEvents, screenshotDirectory } from './pages/person-form.helpers';

mkdirSync(screenshotDirectory, { recursive: true });

test.describe('person-token-form, v1, a US person', () => {
  test('filled in by label and submitted, creates a person token carrying exactly what was typed', async ({
    page,
    emulator,
    consoleErrors,
  }) => {
    await openPersonForm(page, emulator, { country: 'US' });
    await recordEvents(page);
    await page.screenshot({ path: `${screenshotDirectory}/person-v1-empty.png`, fullPage: true });

    await page.getByLabel('First name', { exact: true }).fill('Jenny');
    await page.getByLabel('Last name', { exact: true }).fill('Rosen');
    await page.getByLabel('Email').fill('jenny@example.com');
    await page.getByLabel('Phone number').fill('+1 415 555 0123');
    await page.getByLabel('Month').fill('3');
    await page.getByLabel('Day').fill('7');
    await page.getByLabel('Year').fill('1990');
    await page.getByLabel('Address line 1').fill('510 Townsend St');
    await page.getByLabel('City').fill('San Francisco');
    await page.getByLabel('State').selectOption('CA');
    await page.getByLabel('ZIP code').fill('94103');
    await page.getByLabel('Last 4 digits of Social Security number').fill('1234');
    await page.getByRole('checkbox', { name: 'Owner', exact: true }).check();
    await page.getByRole('textbox', { name: /^Percent ownership/ }).fill('25.5');

    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your details were saved.' })).toBeVisible();

    const events = await recordedEvents(page);
    const created = events.find((event) => event.type === 'token-created');
    expect(created).toBeDefined();
    const token = (created?.detail as { token: { id: string; object: string; used: boolean } }).token;
    expect(token.id).toMatch(/^cpt_/);
    expect(Object.keys(token).sort()).toEqual(['created', 'id', 'livemode', 'object', 'used']);
    expect(JSON.stringify(events)).not.toContain('Jenny');

    const stored = await emulator.token(token.id);
    expect(stored.params).toEqual({
      first_name: 'Jenny',
      last_name: 'Rosen',
      email: 'jenny@example.com',
      phone: '+14155550123', // as typed, in E.164
      dob: { day: 7, month: 3, year: 1990 },
      address: { line1: '510 Townsend St', city: 'San Francisco', state: 'CA', postal_code: '94103', country: 'US' },
      ssn_last_4: '1234',
      relationship: { owner: true, percent_ownership: 25.5 },
    });
    // The id number is not kept once it is in a token.
    await expect(page.getByLabel('Last 4 digits of Social Security number')).toHaveValue('');
    await page.screenshot({ path: `${screenshotDirectory}/person-v1-success.png`, fullPage: true });
    expect(consoleErrors).toEqual([]);
  });
});
