// After a token is made the identity number is cleared, as it is not kept once sent. The form says so at
// the field, and once the person changes something it says, at the field and in the status, that the
// number must be entered again: a second submission then makes a token with the change and the number.
import { openPersonForm, recordEvents, recordedEvents } from './pages/person-form.helpers';
import { expect, expectNoAxeViolations, test } from './support/fixtures';

test('editing after a saved submission asks for the cleared number by name, then saves again', async ({
  page,
  emulator,
  consoleErrors,
}) => {
  await openPersonForm(page, emulator, { country: 'US', requirements: 'first_name last_name ssn_last_4' });
  await recordEvents(page);
  const form = page.locator('person-token-form');
  const status = page.getByRole('status');
  const ssn = page.getByLabel('Last 4 digits of Social Security number');
  await page.getByLabel('First name').fill('Jenny');
  await page.getByLabel('Last name').fill('Rosen');
  await ssn.fill('4321');
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(status.filter({ hasText: 'Your details were saved.' })).toBeVisible();

  // Saved: the number is gone from the form, and the field says why.
  await expect(ssn).toHaveValue('');
  await expect(ssn).toHaveAttribute('aria-invalid', 'false');
  await expect(ssn).toHaveAccessibleDescription(/Sent securely, then cleared\./);
  await expectNoAxeViolations(page);
  await form.screenshot({ path: 'screenshots/person-after-success-saved.png' });

  // A change after saving: the status names the number to enter again, and the field asks for it.
  await page.getByLabel('Last name').fill('Rosen-Smith');
  await expect(
    status.filter({
      hasText: 'Your changes are not saved yet. Enter “Last 4 digits of Social Security number” again, then submit.',
    }),
  ).toBeVisible();
  await expect(ssn).toHaveAttribute('aria-invalid', 'true');
  await expect(ssn).toHaveAccessibleDescription(/Enter this number again to send your changes/);
  await expectNoAxeViolations(page);
  await form.screenshot({ path: 'screenshots/person-after-success-changed.png' });

  // Submitted without it: nothing is sent, and focus goes to the number.
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(status.filter({ hasText: '1 field needs your attention.' })).toBeVisible();
  await expect(ssn).toBeFocused();
  expect(await emulator.tokens()).toHaveLength(1);

  await ssn.fill('4321');
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(status.filter({ hasText: 'Your details were saved.' })).toBeVisible();
  const tokens = await emulator.tokens();
  expect(tokens.map((token) => token.params)).toEqual([
    { first_name: 'Jenny', last_name: 'Rosen', ssn_last_4: '4321' },
    { first_name: 'Jenny', last_name: 'Rosen-Smith', ssn_last_4: '4321' },
  ]);
  // The page only ever heard token ids and validity.
  const heard = JSON.stringify(await recordedEvents(page));
  expect(heard).not.toContain('4321');
  expect(heard).not.toContain('Rosen');
  expect(await form.evaluate((element) => element.outerHTML)).not.toContain('4321');
  expect(consoleErrors).toEqual([]);
});

test('says the same in Japanese', async ({ page, emulator }) => {
  await openPersonForm(page, emulator, { country: 'JP', locale: 'ja', requirements: 'last_name_kana id_number' });
  const number = page.getByLabel('本人確認番号：個人番号（マイナンバー）');
  await page.getByLabel('姓（カナ）').fill('ヤマダ');
  await number.fill('123456789018');
  await page.getByRole('button', { name: '送信' }).click();
  await expect(page.getByRole('status').filter({ hasText: '入力内容を保存しました。' })).toBeVisible();
  await expect(number).toHaveAccessibleDescription(/安全のため、送信後に消去しました。/);

  await page.getByLabel('姓（カナ）').fill('ヤマモト');
  await expect(
    page.getByRole('status').filter({
      hasText: '変更はまだ保存されていません。「本人確認番号」をもう一度入力してから送信してください。',
    }),
  ).toBeVisible();
  await expect(number).toHaveAccessibleDescription(
    /変更を送信するには、もう一度入力してください。番号は安全のため送信後に消去されます。/,
  );
  await page.locator('person-token-form').screenshot({ path: 'screenshots/person-after-success-changed-ja.png' });
});
