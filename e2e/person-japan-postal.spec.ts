// A Japanese postal code fills the Kanji and Kana addresses from data on the page's own origin.
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { openPersonForm, recordEvents, recordedEvents, screenshotDirectory } from './pages/person-form.helpers';

const LABELS = {
  en: { kanji: 'Address (Kanji)', kana: 'Address (Katakana)', postalCode: 'Postal code', prefecture: 'Prefecture' },
  ja: { kanji: '住所（漢字）', kana: '住所（カナ）', postalCode: '郵便番号', prefecture: '都道府県' },
} as const;

function groups(page: Page, locale: 'en' | 'ja'): { kanji: Locator; kana: Locator } {
  return {
    kanji: page.getByRole('group', { name: LABELS[locale].kanji }),
    kana: page.getByRole('group', { name: LABELS[locale].kana }),
  };
}

/** The prefecture, city and town an address group shows (prefecture by its select's value). */
async function shownAddress(group: Locator, locale: 'en' | 'ja'): Promise<string[]> {
  const city = locale === 'en' ? 'City or ward' : '市区町村';
  const town = locale === 'en' ? 'Town area' : '町名（町域）';
  return [
    await group.getByLabel(LABELS[locale].prefecture).inputValue(),
    await group.getByLabel(city, { exact: true }).inputValue(),
    await group.getByLabel(town, { exact: true }).inputValue(),
  ];
}

/** Requests for postal data chunks, and any request to an origin other than the page's and the emulator's. */
function watchRequests(page: Page, allowedOrigins: readonly string[]): { chunks: string[]; foreign: string[] } {
  const seen = { chunks: [] as string[], foreign: [] as string[] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/jp-data\/\d{3}\.json/.test(url.pathname)) seen.chunks.push(url.pathname);
    if (!allowedOrigins.includes(url.origin)) seen.foreign.push(url.href);
  });
  return seen;
}

test.describe('person-token-form, a Japanese postal code', () => {
  test('fills prefecture, city and town in Kanji and Kana, keeps what the person types, and submits', async ({
    page,
    emulator,
    consoleErrors,
  }) => {
    await openPersonForm(page, emulator, { country: 'JP', locale: 'en' });
    await recordEvents(page);
    const requests = watchRequests(page, [new URL(page.url()).origin, new URL(emulator.url).origin]);
    const { kanji, kana } = groups(page, 'en');
    const postalCode = kanji.getByLabel('Postal code');

    await postalCode.fill('100-0001');
    await expect.poll(() => shownAddress(kanji, 'en')).toEqual(['東京都', '千代田区', '千代田']);
    await expect.poll(() => shownAddress(kana, 'en')).toEqual(['トウキョウト', 'チヨダク', 'チヨダ']);
    // The lookup fetched one chunk, from the page's own origin, and asked no one else.
    expect(requests.chunks).toEqual([expect.stringMatching(/jp-data\/100\.json$/)]);
    expect(requests.foreign).toEqual([]);

    // Full-width digits without the hyphen, as a Japanese keyboard types them: a new code refills the fill's values.
    await postalCode.fill('１５００００１');
    await expect.poll(() => shownAddress(kanji, 'en')).toEqual(['東京都', '渋谷区', '神宮前']);
    await expect.poll(() => shownAddress(kana, 'en')).toEqual(['トウキョウト', 'シブヤク', 'ジングウマエ']);
    expect(requests.chunks).toHaveLength(2);
    await expect(kanji.getByText('The town name without the chōme, like 神宮前.', { exact: false })).toBeVisible();

    // What the person types after the fill stays, whatever code comes next.
    await kana.getByLabel('Town area', { exact: true }).fill('ジングウマエ');
    await kanji.getByLabel('Address line 1').fill('1-2-3');
    await kana.getByLabel('Address line 1').fill('1-2-3');
    await page.screenshot({ path: `${screenshotDirectory}/person-japan-postal-filled.png`, fullPage: true });

    await page.getByLabel('Last name (Kanji)').fill('山田');
    await page.getByLabel('First name (Kanji)').fill('花子');
    await page.getByLabel('Last name (Katakana)').fill('ヤマダ');
    await page.getByLabel('First name (Katakana)').fill('ハナコ');
    await page.getByLabel('Year').fill('1988');
    await page.getByLabel('Month').fill('4');
    await page.getByLabel('Day').fill('1');
    await page.getByLabel('Legal gender').selectOption('female');
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your details were saved.' })).toBeVisible();

    const created = (await recordedEvents(page)).find((event) => event.type === 'token-created');
    const id = (created?.detail as { token: { id: string } }).token.id;
    const params = (await emulator.token(id)).params;
    expect(params['address_kanji']).toEqual({
      postal_code: '1500001',
      state: '東京都',
      city: '渋谷区',
      town: '神宮前',
      line1: '1-2-3',
      country: 'JP',
    });
    expect(params['address_kana']).toEqual({
      postal_code: '1500001',
      state: 'トウキョウト',
      city: 'シブヤク',
      town: 'ジングウマエ',
      line1: '1-2-3',
      country: 'JP',
    });
    // No postal code, town or any other value reaches the host's events.
    expect(JSON.stringify(await recordedEvents(page))).not.toMatch(/1500001|150-0001|神宮前|シブヤ/u);
    expect(consoleErrors).toEqual([]);
  });

  test('offers the towns of a shared code in a list, announced and keyboard-usable', async ({ page, emulator }) => {
    await openPersonForm(page, emulator, { country: 'JP', locale: 'en' });
    const { kanji, kana } = groups(page, 'en');
    await kanji.getByLabel('Postal code').fill('452-0961');
    await expect(
      page.getByRole('status').filter({ hasText: '66 towns share postal code 452-0961. Choose yours.' }),
    ).toBeVisible();
    await expect.poll(() => shownAddress(kanji, 'en')).toEqual(['愛知県', '清須市', '']);
    const towns = kanji.getByLabel('Town for 452-0961');
    await expect(towns.locator('option')).toHaveCount(67);
    await page.screenshot({ path: `${screenshotDirectory}/person-japan-postal-towns.png`, fullPage: true });
    await expectNoAxeViolations(page);

    await towns.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => shownAddress(kanji, 'en')).toEqual(['愛知県', '清須市', '春日一番割']);
    await expect.poll(() => shownAddress(kana, 'en')).toEqual(['アイチケン', 'キヨスシ', 'ハルヒイチバンワリ']);
  });

  test('fills nothing while an IME composition is open, and fills once it ends', async ({ page, emulator }) => {
    await openPersonForm(page, emulator, { country: 'JP', locale: 'en' });
    const requests = watchRequests(page, [new URL(page.url()).origin, new URL(emulator.url).origin]);
    const { kanji } = groups(page, 'en');
    const postalCode = kanji.getByLabel('Postal code');
    const cdp = await page.context().newCDPSession(page);
    await postalCode.focus();
    // Full-width digits still being converted: nothing is filled and nothing rewrites the input.
    await cdp.send('Input.imeSetComposition', { text: '１５０００００１', selectionStart: 7, selectionEnd: 7 });
    await cdp.send('Input.imeSetComposition', { text: '１５００００１', selectionStart: 7, selectionEnd: 7 });
    await page.waitForTimeout(300);
    await expect(kanji.getByLabel('City or ward')).toHaveValue('');
    await expect(kanji.getByLabel('Town area')).toHaveValue('');
    await expect(postalCode).toHaveValue('１５００００１');
    await cdp.send('Input.insertText', { text: '１５００００１' });
    await cdp.detach();
    await expect(kanji.getByLabel('City or ward')).toHaveValue('渋谷区');
    // Checking the half-typed code may have loaded the chunk already: never more than once.
    expect(requests.chunks).toHaveLength(1);
  });

  test('says at the field when a code is unknown, and lets the person go on', async ({ page, emulator }) => {
    await openPersonForm(page, emulator, { country: 'JP', locale: 'en' });
    const { kanji } = groups(page, 'en');
    const postalCode = kanji.getByLabel('Postal code');
    await postalCode.fill('100-0999');
    await expect(kanji.getByText('This postal code was not found. Check it or enter the address.')).toBeVisible();
    await expect(postalCode).toHaveAttribute('aria-invalid', 'false');
    await page.screenshot({ path: `${screenshotDirectory}/person-japan-postal-unknown.png`, fullPage: true });
  });

  test('speaks Japanese: the fill, the town list and the unknown code', async ({ page, emulator }) => {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await openPersonForm(page, emulator, { country: 'JP', locale: 'ja' });
      const { kanji, kana } = groups(page, 'ja');
      const postalCode = kanji.getByLabel('郵便番号');
      await postalCode.fill('１００－０００１');
      await expect.poll(() => shownAddress(kana, 'ja')).toEqual(['トウキョウト', 'チヨダク', 'チヨダ']);
      await expect(kanji.getByText('丁目を除いた町域名（例: 神宮前）。', { exact: false })).toBeVisible();
      await page.screenshot({ path: `${screenshotDirectory}/person-japan-postal-ja-${width}.png`, fullPage: true });
      await postalCode.fill('452-0961');
      await expect(
        page.getByRole('status').filter({ hasText: '郵便番号452-0961には66件の町域があります。' }),
      ).toBeVisible();
      await page.screenshot({
        path: `${screenshotDirectory}/person-japan-postal-ja-towns-${width}.png`,
        fullPage: true,
      });
      await postalCode.fill('100-0999');
      await expect(
        page.getByText('この郵便番号は見つかりませんでした。番号をご確認いただくか、住所を入力してください。'),
      ).toBeVisible();
      await page.screenshot({
        path: `${screenshotDirectory}/person-japan-postal-ja-unknown-${width}.png`,
        fullPage: true,
      });
    }
  });
});
