import { expect, test } from './support/fixtures';
import { openAccountForm, screenshotDirectory } from './pages/token-form.helpers';
import { recordEvents, recordedEvents } from './pages/person-form.helpers';
import { typeTokyoAddress } from './pages/japanese-address';
import { tokyoAddressParams } from './support/addresses';

test.describe('account-token-form, a Japanese company (v1)', () => {
  test('takes the name and address in Kanji and Kana, in Japanese, and sends them as v1 company fields', async ({
    page,
    emulator,
    consoleErrors,
  }) => {
    await openAccountForm(page, emulator, { country: 'JP', locale: 'ja', lang: 'ja', 'business-type': 'company' });
    await recordEvents(page);

    await page.getByLabel('法人名（ローマ字）').fill('Rocket Rides K.K.');
    await page.getByLabel('法人名（漢字）').fill('ロケットライズ株式会社');
    const kanaName = page.getByLabel('法人名（カナ）');
    // Half-width katakana, as some keyboards type it, is folded to full width on leaving the field.
    await kanaName.fill('ﾛｹｯﾄﾗｲｽﾞ ｶﾌﾞｼｷｶﾞｲｼｬ');
    await kanaName.blur();
    await expect(kanaName).toHaveValue('ロケットライズ カブシキガイシャ');
    await page.getByLabel('事業者の電話番号').fill('+81312345678');

    await typeTokyoAddress(
      {
        kanji: page.getByRole('group', { name: '事業所の住所（漢字）' }),
        kana: page.getByRole('group', { name: '事業所の住所（カナ）' }),
      },
      { postalCode: '郵便番号', prefecture: '都道府県', city: '市区町村', town: '町名（町域）', line1: '番地' },
    );

    // The corporate number (法人番号) is checked as one: thirteen digits with a check digit.
    const corporateNumber = page.getByLabel('法人番号');
    await corporateNumber.fill('5835678256245');
    await corporateNumber.blur();
    await expect(corporateNumber).toHaveAttribute('aria-invalid', 'true');
    await corporateNumber.focus();
    await expect(corporateNumber).toHaveValue('5835678256245');
    await corporateNumber.fill('5835678256246');
    await corporateNumber.blur();
    await expect(corporateNumber).toHaveAttribute('aria-invalid', 'false');

    await page.getByRole('checkbox', { name: '利用規約を読み、同意します。' }).check();
    await page.screenshot({ path: `${screenshotDirectory}/account-v1-japan-company.png`, fullPage: true });
    await page.getByRole('button', { name: '送信' }).click();
    await expect(page.getByRole('status').filter({ hasText: '入力内容を保存しました。' })).toBeVisible();

    const created = (await recordedEvents(page)).find((event) => event.type === 'token-created');
    const id = (created?.detail as { token: { id: string } }).token.id;
    expect(id).toMatch(/^ct_/);
    expect((await emulator.token(id)).params).toEqual({
      business_type: 'company',
      tos_shown_and_accepted: true,
      company: {
        name: 'Rocket Rides K.K.',
        name_kanji: 'ロケットライズ株式会社',
        name_kana: 'ロケットライズ カブシキガイシャ',
        phone: '+81312345678',
        ...tokyoAddressParams,
        tax_id: '5835678256246',
      },
    });
    expect(consoleErrors).toEqual([]);
  });
});
