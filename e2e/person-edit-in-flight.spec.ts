// A change made while the form is being sent is never lost, and the token made from the old data is
// not handed to the page.
import { openPersonForm, recordEvents, recordedEvents } from './pages/person-form.helpers';
import { expect, test } from './support/fixtures';

test('editing while the request is in flight keeps the edit and withholds the stale token', async ({
  page,
  emulator,
}) => {
  await openPersonForm(page, emulator, { requirements: 'first_name last_name' });
  await recordEvents(page);
  await emulator.injectFault({ path: '/v1/tokens', fault: { type: 'delay', ms: 1500 } });
  await page.getByLabel('First name').fill('Ada');
  await page.getByLabel('Last name').fill('Lovelace');
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.locator('person-token-form').getByRole('status')).toContainText('Sending');
  await page.getByLabel('Last name').fill('Byron');

  const status = page.locator('person-token-form').getByRole('status');
  await expect(status).toContainText('You changed the form while it was being sent');
  await expect(page.getByLabel('Last name')).toHaveValue('Byron');
  expect((await recordedEvents(page)).map((event) => event.type)).not.toContain('token-created');

  // Sending again sends the new data, as a new submission.
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(status).toContainText(/saved|created|done/i);
  const tokens = await emulator.tokens();
  expect(tokens.map((token) => token.params)).toEqual([
    { first_name: 'Ada', last_name: 'Lovelace' },
    { first_name: 'Ada', last_name: 'Byron' },
  ]);
  const created = (await recordedEvents(page)).filter((event) => event.type === 'token-created');
  expect(created).toHaveLength(1);
  expect(JSON.stringify(created[0])).toContain(tokens[1]?.id);
});
