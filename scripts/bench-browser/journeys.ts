// What a person types in each journey, key by key, found by label so that the widget and the baselines
// (which carry the same labels) are driven by the same steps.
import type { Page } from '@playwright/test';
import { TOKYO_ADDRESS } from '../../src/params/fixtures/journeys';

/** When the keyboard was typing, in the page's clock: the driver's own work (finding an input) is left out. */
export type TypingWindows = [from: number, to: number][];

/** The US person journey, typed key by key; the baselines have the same inputs and labels. */
export async function typeUsPerson(page: Page, windows: TypingWindows = []): Promise<void> {
  const now = () => page.evaluate(() => performance.now());
  const type = async (label: string | RegExp, text: string) => {
    await page.getByLabel(label, { exact: typeof label === 'string' }).focus();
    const from = await now();
    await page.keyboard.type(text);
    windows.push([from, await now()]);
  };
  await type('First name', 'Jenny');
  await type('Last name', 'Rosen');
  await type('Email', 'jenny@example.com');
  await type('Phone number', '+1 415 555 0123');
  await type('Month', '3');
  await type('Day', '7');
  await type('Year', '1990');
  await type('Address line 1', '510 Townsend St');
  await type('City', 'San Francisco');
  await page.getByLabel('State', { exact: true }).selectOption('CA');
  await type('ZIP code', '94103');
  await type('Last 4 digits of Social Security number', '1234');
  await page.getByRole('checkbox', { name: 'Owner', exact: true }).check();
  await type(/^Percent ownership/, '25.5');
}

/** The Japanese company journey (v1 account token), in Japanese, as the browser tests fill it. */
export async function fillJapaneseCompany(page: Page): Promise<void> {
  await page.getByLabel('法人名（ローマ字）').fill('Rocket Rides K.K.');
  await page.getByLabel('法人名（漢字）').fill('ロケットライズ株式会社');
  await page.getByLabel('法人名（カナ）').fill('ロケットライズ カブシキガイシャ');
  await page.getByLabel('事業者の電話番号').pressSequentially('+81312345678');
  const kanji = page.getByRole('group', { name: '事業所の住所（漢字）' });
  const kana = page.getByRole('group', { name: '事業所の住所（カナ）' });
  await kanji.getByLabel('郵便番号').fill(TOKYO_ADDRESS.kanji.postal_code);
  await kanji.getByLabel('都道府県').selectOption(TOKYO_ADDRESS.kanji.state);
  await kanji.getByLabel('市区町村').fill(TOKYO_ADDRESS.kanji.city);
  await kanji.getByLabel('町名（町域）').fill(TOKYO_ADDRESS.kanji.town);
  await kanji.getByLabel('番地').fill(TOKYO_ADDRESS.kanji.line1);
  await kana.getByLabel('都道府県').selectOption(TOKYO_ADDRESS.kana.state);
  await kana.getByLabel('市区町村').fill(TOKYO_ADDRESS.kana.city);
  await kana.getByLabel('町名（町域）').fill(TOKYO_ADDRESS.kana.town);
  await kana.getByLabel('番地').fill(TOKYO_ADDRESS.kana.line1);
  await page.getByLabel('法人番号').pressSequentially('5835678256246');
  await page.getByRole('checkbox', { name: '利用規約を読み、同意します。' }).check();
}
