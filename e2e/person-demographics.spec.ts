// The optional US demographic questions (v1): more than one answer may apply.
import { openPersonForm } from './pages/person-form.helpers';
import { expect, expectNoAxeViolations, test } from './support/fixtures';

test('a person may give several races, sent as a list', async ({ page, emulator }) => {
  await openPersonForm(page, emulator, {
    requirements: 'first_name us_cfpb_data.race_details.race us_cfpb_data.ethnicity_details.ethnicity',
  });
  await page.getByLabel('First name').fill('Jenny');
  const race = page.getByRole('group', { name: 'Race' });
  await race.getByLabel('Asian', { exact: true }).check();
  await race.getByLabel('White', { exact: true }).check();
  await page.getByRole('group', { name: 'Ethnicity' }).getByLabel('Prefer not to answer').check();
  await page.locator('person-token-form').screenshot({ path: 'screenshots/person-demographics.png' });
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect.poll(async () => (await emulator.tokens()).length).toBe(1);
  const [token] = await emulator.tokens();
  expect(token?.params).toMatchObject({
    us_cfpb_data: {
      race_details: { race: ['asian', 'white'] },
      ethnicity_details: { ethnicity: ['prefer_not_to_answer'] },
    },
  });
});
