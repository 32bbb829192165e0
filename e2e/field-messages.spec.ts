// A field's message names the field and says what to do, in English and Japanese: a select asks to
// choose by name, a number of fixed length says how many digits with an example, the terms say to
// accept them. The phone's calling-code picker shows the code and a country a person can read.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { openPersonForm } from './pages/person-form.helpers';
import { openAccountForm } from './pages/token-form.helpers';

const errorOf = (page: Page, tag: string, fieldId: string): Locator =>
  page.locator(`${tag} #field-${fieldId.replace(/[^\w-]/g, '-')}-error`);
const controlOf = (page: Page, tag: string, fieldId: string): Locator =>
  page.locator(`${tag} #field-${fieldId.replace(/[^\w-]/g, '-')}`);

const PERSON = 'person-token-form';

test.describe('messages that say what to do', () => {
  test('an empty form names each field: enter the first name, choose a state, the last 4 digits of the SSN', async ({
    page,
    emulator,
  }) => {
    await openPersonForm(page, emulator, {
      country: 'US',
      requirements: 'first_name address.state ssn_last_4',
      width: '375',
    });
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(errorOf(page, PERSON, 'person.given_name')).toHaveText('Enter the first name.');
    await expect(errorOf(page, PERSON, 'person.address.state')).toHaveText('Choose a state.');
    await expect(errorOf(page, PERSON, 'person.ssn_last_4')).toHaveText(
      'Enter the last 4 digits of the Social Security number.',
    );
    // The message is what assistive technology reads with the field.
    await expect(controlOf(page, PERSON, 'person.address.state')).toHaveAccessibleDescription('Choose a state.');
    await page.locator(PERSON).screenshot({ path: 'screenshots/messages/person-en-375-empty-submitted.png' });

    const ssn = controlOf(page, PERSON, 'person.ssn_last_4');
    await ssn.fill('123');
    await ssn.blur();
    await expect(errorOf(page, PERSON, 'person.ssn_last_4')).toHaveText(
      'Enter the last 4 digits of the Social Security number, like 1234.',
    );
    expect(await emulator.tokens()).toEqual([]);
  });

  test('says the same in Japanese: 都道府県を選択してください', async ({ page, emulator }) => {
    await openPersonForm(page, emulator, {
      country: 'JP',
      locale: 'ja',
      requirements: 'last_name_kanji address_kanji.state id_number',
      width: '375',
    });
    await page.getByRole('button', { name: '送信' }).click();
    await expect(errorOf(page, PERSON, 'person.surname_kanji')).toHaveText('姓（漢字）を入力してください。');
    await expect(errorOf(page, PERSON, 'person.address_kanji.state')).toHaveText('都道府県を選択してください。');
    await page.locator(PERSON).screenshot({ path: 'screenshots/messages/person-ja-375-empty-submitted.png' });

    const number = controlOf(page, PERSON, 'person.id_number');
    await number.fill('12345678901');
    await number.blur();
    await expect(errorOf(page, PERSON, 'person.id_number')).toHaveText(
      '個人番号（マイナンバー）は12桁の数字で入力してください（例: 1234 5678 9018）。',
    );
  });

  for (const [locale, submit, message] of [
    ['en', 'Submit', 'Accept the terms of service to continue.'],
    ['ja', '送信', '続けるには、利用規約に同意してください。'],
  ] as const) {
    test(`the terms checkbox asks to accept the terms (${locale})`, async ({ page, emulator }) => {
      await openAccountForm(page, emulator, {
        country: 'US',
        locale,
        'business-type': 'individual',
        requirements: 'tos_acceptance',
        'terms-url': 'https://example.com/terms',
      });
      await page.getByRole('button', { name: submit }).click();
      const error = page.locator('account-token-form [part="error"]');
      await expect(error).toHaveText(message);
      await expect(page.locator('account-token-form').getByRole('checkbox')).toHaveAccessibleDescription(message);
      expect(await emulator.tokens()).toEqual([]);
    });
  }
});

test.describe('the calling-code picker', () => {
  for (const [locale, country] of [
    ['en', 'United States of America'],
    ['ja', 'アメリカ合衆国'],
  ] as const) {
    for (const width of ['320', '1024']) {
      test(`shows the code and the whole country name at ${width} px (${locale})`, async ({ page, emulator }) => {
        await openPersonForm(page, emulator, { country: 'US', locale, requirements: 'phone', width });
        const face = page.locator(`${PERSON} .calling-code .select-text`);
        await expect(face).toHaveText(`+1 ${country}`);
        const fits = await face.evaluate((element) => element.scrollWidth <= element.clientWidth + 1);
        expect(fits, 'the chosen calling code is not cut short').toBe(true);
        const select = page.locator(`${PERSON} .calling-code select`);
        await expect(select.locator('option:checked')).toHaveText(`+1 ${country}`);
        await page.locator(PERSON).screenshot({ path: `screenshots/messages/phone-${locale}-${width}.png` });
      });
    }
  }
});
