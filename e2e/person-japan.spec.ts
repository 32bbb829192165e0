import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { openPersonForm, recordEvents, recordedEvents, screenshotDirectory } from './pages/person-form.helpers';
import { typeTokyoAddress } from './pages/japanese-address';
import { TOKYO_ADDRESS, tokyoAddressParams } from './support/addresses';

/** Types text the way a Japanese IME does: a composition that is updated, then committed. */
async function typeWithIme(
  page: Page,
  input: Locator,
  reading: string,
  check: () => Promise<void>,
  committed = reading,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await input.focus();
  await cdp.send('Input.imeSetComposition', { text: reading.slice(0, 1), selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', {
    text: reading,
    selectionStart: reading.length,
    selectionEnd: reading.length,
  });
  await check();
  await cdp.send('Input.insertText', { text: committed });
  await cdp.detach();
}

test.describe('person-token-form, a Japanese person', () => {
  test('judges a Kana field only once its composition has ended', async ({ page, emulator }) => {
    await openPersonForm(page, emulator, { country: 'JP', locale: 'ja', requirements: 'first_name_kana' });
    await page.getByRole('button', { name: '送信' }).click();
    const kana = page.getByLabel('名（カナ）');
    await expect(kana).toHaveAttribute('aria-invalid', 'true');
    // Romaji on its way to kana: not an error while the IME is still converting it.
    await typeWithIme(
      page,
      kana,
      'hana',
      async () => {
        await expect(kana).toHaveValue('hana');
        await expect(kana).toHaveAttribute('aria-invalid', 'false');
        await expect(page.locator('person-token-form').locator('[part="error"]')).toHaveCount(0);
      },
      'ハナ',
    );
    await expect(kana).toHaveValue('ハナ');
    await expect(kana).toHaveAttribute('aria-invalid', 'false');
  });

  test('takes names and addresses in Kanji and Kana, normalises Kana after composition, and sends them', async ({
    page,
    emulator,
    consoleErrors,
  }) => {
    await openPersonForm(page, emulator, { country: 'JP', locale: 'en' });
    await recordEvents(page);

    await page.getByLabel('Last name (Kanji)').fill('山田');
    await page.getByLabel('First name (Kanji)').fill('花子');

    const surnameKana = page.getByLabel('Last name (Katakana)');
    await typeWithIme(page, surnameKana, 'やまだ', async () => {
      // Mid-composition the field holds exactly what the IME shows: nothing rewrites it.
      await expect(surnameKana).toHaveValue('やまだ');
      await page.waitForTimeout(100);
      await expect(surnameKana).toHaveValue('やまだ');
    });
    await expect(surnameKana).toHaveValue('やまだ');
    await expect(page.getByRole('button', { name: 'Use katakana: ヤマダ' })).toBeVisible();
    await page.getByRole('button', { name: 'Use katakana: ヤマダ' }).click();
    await expect(surnameKana).toHaveValue('ヤマダ');

    // Half-width katakana is folded to full width once the person leaves the field.
    const givenKana = page.getByLabel('First name (Katakana)');
    await givenKana.fill('ﾊﾅｺ');
    await givenKana.blur();
    await expect(givenKana).toHaveValue('ハナコ');

    await page.getByLabel('Year').fill('1988');
    await page.getByLabel('Month').fill('4');
    await page.getByLabel('Day').fill('１'); // full-width digit, as a Japanese keyboard may type it

    const kanji = page.getByRole('group', { name: 'Address (Kanji)' });
    const kana = page.getByRole('group', { name: 'Address (Katakana)' });
    const labels = {
      postalCode: 'Postal code',
      prefecture: 'Prefecture',
      city: 'City or ward',
      town: 'Town area',
      line1: 'Address line 1',
    };
    // The Kana city typed in hiragana: the form turns it into the katakana reading.
    await typeTokyoAddress({ kanji, kana }, labels, 'ちよだく');
    await page.getByLabel('Legal gender').selectOption('female');
    await expect(kana.getByLabel(labels.city)).toHaveValue(TOKYO_ADDRESS.kana.city);

    await page.screenshot({ path: `${screenshotDirectory}/person-japan-filled.png`, fullPage: true });
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your details were saved.' })).toBeVisible();

    const created = (await recordedEvents(page)).find((event) => event.type === 'token-created');
    const id = (created?.detail as { token: { id: string } }).token.id;
    expect((await emulator.token(id)).params).toEqual({
      last_name_kanji: '山田',
      first_name_kanji: '花子',
      last_name_kana: 'ヤマダ',
      first_name_kana: 'ハナコ',
      dob: { day: 1, month: 4, year: 1988 },
      ...tokyoAddressParams,
      gender: 'female',
    });
    expect(consoleErrors).toEqual([]);
  });

  test('speaks Japanese with locale="ja": labels, messages, status', async ({ page, emulator }) => {
    await openPersonForm(page, emulator, { country: 'JP', locale: 'ja' });
    await expect(page.getByRole('group', { name: '生年月日' })).toBeVisible();
    await page.getByLabel('姓（カナ）').fill('yamada');
    await page.getByRole('button', { name: '送信' }).click();

    await expect(page.getByRole('status').filter({ hasText: '件の項目をご確認ください。' })).toBeVisible();
    await expect(page.getByLabel('姓（漢字）')).toBeFocused();
    const messages = page.locator('person-token-form').locator('[part="error"]');
    await expect(messages.first()).toHaveText('姓（漢字）を入力してください。');
    await expect(
      page.locator('person-token-form').getByText('ローマ字ではなく、読みをカタカナで入力してください。'),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${screenshotDirectory}/person-japan-ja-invalid.png`, fullPage: true });
  });

  test('follows the page language when locale is auto', async ({ page, emulator }) => {
    await openPersonForm(page, emulator, { country: 'JP', locale: 'auto', lang: 'ja' });
    await expect(page.getByRole('button', { name: '送信' })).toBeVisible();
    await page.evaluate(() => (document.documentElement.lang = 'en'));
    await expect(page.getByRole('button', { name: 'Submit' })).toBeVisible();
  });
});
