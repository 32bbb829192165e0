// Both forms, in English and Japanese, at the element widths pages give them: nothing is cut short and
// related fields stay together in every state (empty, invalid, filled, failed, pending, saved). The
// viewport stays wide, so the layout can only follow the element's own width. Each state is
// photographed at 375 and 1024 px in light (screenshots/widths/); TOKEN_FORMS_WIDTH_SCREENSHOTS=1
// photographs every width in light and dark.
import type { Locator, Page } from '@playwright/test';
import { expect, test, type EmulatorAdmin } from './support/fixtures';
import { splitGroups, truncatedText } from './support/layout-checks';
import { ACCOUNT_TEST_KEY, waitUntilReady, type FormTag } from './pages/token-form.helpers';
import { TEST_KEY } from './pages/person-form.helpers';
import { TOKYO_ADDRESS } from './support/addresses';

const WIDTHS = [320, 375, 480, 600, 728, 1024] as const;
const EVERY_SCREENSHOT = process.env.TOKEN_FORMS_WIDTH_SCREENSHOTS === '1';
const photographed = (width: number): readonly ('light' | 'dark')[] =>
  EVERY_SCREENSHOT ? ['light', 'dark'] : width === 375 || width === 1024 ? ['light'] : [];

interface Journey {
  readonly element: FormTag;
  readonly locale: 'en' | 'ja';
  readonly attributes: Readonly<Record<string, string>>;
  /** Valid values for every field, given as the host's prefill. */
  readonly valid: Readonly<Record<string, string | boolean>>;
  readonly words: { readonly submit: string; readonly saved: string; readonly retry: string };
}

const EN = { submit: 'Submit', saved: 'Your details were saved.', retry: 'Try again' };
const JA = { submit: '送信', saved: '入力内容を保存しました。', retry: 'もう一度試す' };

const tokyo = (prefix: string): Record<string, string> => ({
  [`${prefix}.address_kanji.postal_code`]: TOKYO_ADDRESS.kanji.postal_code,
  [`${prefix}.address_kanji.state`]: TOKYO_ADDRESS.kanji.state,
  [`${prefix}.address_kanji.city`]: TOKYO_ADDRESS.kanji.city,
  [`${prefix}.address_kanji.town`]: TOKYO_ADDRESS.kanji.town,
  [`${prefix}.address_kanji.line1`]: TOKYO_ADDRESS.kanji.line1,
  [`${prefix}.address_kana.state`]: TOKYO_ADDRESS.kana.state,
  [`${prefix}.address_kana.city`]: TOKYO_ADDRESS.kana.city,
  [`${prefix}.address_kana.town`]: TOKYO_ADDRESS.kana.town,
  [`${prefix}.address_kana.line1`]: TOKYO_ADDRESS.kana.line1,
});

const JOURNEYS: readonly Journey[] = [
  {
    element: 'person-token-form',
    locale: 'en',
    attributes: {
      country: 'US',
      requirements: 'first_name last_name email phone dob address ssn_last_4 relationship.title',
    },
    valid: {
      'person.given_name': 'Jenny',
      'person.surname': 'Rosen',
      'person.email': 'jenny.rosen@example.com',
      'person.phone': '+14155550123',
      'person.dob.day': '7',
      'person.dob.month': '3',
      'person.dob.year': '1990',
      'person.address.line1': '510 Townsend St',
      'person.address.city': 'San Francisco',
      'person.address.state': 'CA',
      'person.address.postal_code': '94103',
      'person.ssn_last_4': '1234',
      'person.relationship.title': 'Chief Executive Officer',
    },
    words: EN,
  },
  {
    element: 'person-token-form',
    locale: 'ja',
    attributes: {
      country: 'JP',
      requirements:
        'first_name last_name first_name_kanji last_name_kanji first_name_kana last_name_kana email phone dob address_kanji address_kana id_number gender relationship.owner relationship.percent_ownership relationship.title',
    },
    valid: {
      'person.given_name': 'Hanako',
      'person.surname': 'Yamada',
      'person.surname_kanji': '山田',
      'person.given_name_kanji': '花子',
      'person.surname_kana': 'ヤマダ',
      'person.given_name_kana': 'ハナコ',
      'person.email': 'hanako@example.jp',
      'person.phone': '+81312345678',
      'person.dob.day': '1',
      'person.dob.month': '4',
      'person.dob.year': '1988',
      ...tokyo('person'),
      'person.id_number': '123456789018',
      'person.legal_gender': 'female',
      'person.relationship.owner': true,
      'person.relationship.percent_ownership': '25',
      'person.relationship.title': '代表取締役',
    },
    words: JA,
  },
  {
    element: 'account-token-form',
    locale: 'en',
    attributes: {
      country: 'US',
      'business-type': 'company',
      'terms-url': 'https://example.com/terms',
      requirements:
        'company.name company.structure company.phone company.address company.tax_id company.owners_provided company.ownership_declaration tos_acceptance',
    },
    valid: {
      'company.name': 'Rocket Rides Incorporated',
      'company.structure': 'multi_member_llc',
      'company.phone': '+14155550199',
      'company.address.line1': '510 Townsend St',
      'company.address.city': 'San Francisco',
      'company.address.state': 'CA',
      'company.address.postal_code': '94103',
      'company.tax_id': '12-3456789',
      'account.persons_provided.owners': true,
      'account.ownership_declaration.accepted': true,
      'account.terms.accepted': true,
    },
    words: EN,
  },
  {
    element: 'account-token-form',
    locale: 'ja',
    attributes: {
      country: 'JP',
      'business-type': 'company',
      'terms-url': 'https://example.com/terms',
      requirements:
        'company.name company.name_kana company.name_kanji company.structure company.phone company.address_kanji company.address_kana company.tax_id company.ownership_declaration tos_acceptance',
    },
    valid: {
      'company.name': 'Rocket Rides K.K.',
      'company.name_kanji': 'ロケットライズ株式会社',
      'company.name_kana': 'ロケットライズ カブシキガイシャ',
      'company.structure': 'private_corporation',
      'company.phone': '+81312345678',
      ...tokyo('company'),
      'company.tax_id': '5835678256246',
      'account.ownership_declaration.accepted': true,
      'account.terms.accepted': true,
    },
    words: JA,
  },
];

async function open(page: Page, emulator: EmulatorAdmin, journey: Journey): Promise<Locator> {
  const query = new URLSearchParams({
    element: journey.element,
    'publishable-key': journey.element === 'person-token-form' ? TEST_KEY : ACCOUNT_TEST_KEY,
    'api-base': emulator.url,
    locale: journey.locale,
    lang: journey.locale,
    width: String(WIDTHS[0]),
    ...journey.attributes,
  });
  await page.goto(`/e2e/pages/token-form.html?${query.toString()}`);
  await waitUntilReady(page, journey.element);
  return page.locator(journey.element);
}

/** Nothing cut short, nothing pulled apart; `state` names the moment in the failure message. */
async function expectLaidOut(form: Locator, state: string): Promise<void> {
  expect(await truncatedText(form), `text cut short (${state})`).toEqual([]);
  expect(await splitGroups(form), `related fields apart (${state})`).toEqual([]);
}

/** The longest choice of every phone code picker shows in full; then the chosen one is back. */
async function expectLongestCallingCodeFits(form: Locator, state: string): Promise<void> {
  const pickers = form.locator('.calling-code select');
  for (let index = 0; index < (await pickers.count()); index += 1) {
    const picker = pickers.nth(index);
    // The whole list is there once the form is idle after its first render.
    await expect.poll(() => picker.locator('option').count()).toBeGreaterThan(200);
    const chosen = await picker.inputValue();
    const longest = await picker.evaluate(
      (select: HTMLSelectElement) =>
        [...select.options].reduce((a, b) => (b.text.length > a.text.length ? b : a)).value,
    );
    await picker.selectOption(longest);
    const face = form.locator('.calling-code .select-text').nth(index);
    await expect(face).toHaveText(await picker.locator('option:checked').innerText());
    await expectLaidOut(form, `${state}, longest calling code`);
    await picker.selectOption(chosen);
  }
}

/** Every country of an open country list fits its option. */
async function expectCountryListFits(page: Page, form: Locator, state: string): Promise<void> {
  const combobox = form.getByRole('combobox').and(form.locator('input')).first();
  if ((await combobox.count()) === 0) return;
  await combobox.click();
  await expect(form.getByRole('listbox')).toBeVisible();
  await expectLaidOut(form, `${state}, country list open`);
  await page.keyboard.press('Escape');
  await expect(form.getByRole('listbox')).toBeHidden();
}

test.describe('layouts that hold at every element width', () => {
  for (const journey of JOURNEYS) {
    test(`${journey.element} in ${journey.locale}: nothing cut short or pulled apart at ${WIDTHS.join(', ')} px, in every state`, async ({
      page,
      emulator,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 1280, height: 900 });
      const form = await open(page, emulator, journey);
      const prefix = `${journey.element.replace('-token-form', '')}-${journey.locale}`;
      /** At each width: measured, and photographed in light and dark. */
      const atEveryWidth = async (state: string, check?: (width: number) => Promise<void>): Promise<void> => {
        for (const width of WIDTHS) {
          await form.evaluate((element, to) => element.style.setProperty('width', `${to}px`), width);
          expect(Math.round((await form.boundingBox())?.width ?? 0)).toBe(width);
          await expectLaidOut(form, `${state} at ${width} px`);
          await check?.(width);
          for (const colorScheme of photographed(width)) {
            await page.emulateMedia({ colorScheme });
            await form.screenshot({ path: `screenshots/widths/${prefix}-${width}-${state}-${colorScheme}.png` });
          }
          await page.emulateMedia({ colorScheme: 'light' });
        }
      };

      await atEveryWidth('empty');

      await form.getByRole('button', { name: journey.words.submit }).click();
      await expect(form.locator('[part="error"]').first()).toBeVisible();
      await atEveryWidth('invalid');

      await form.evaluate((element, values) => {
        (element as HTMLElement & { prefill: unknown }).prefill = values;
      }, journey.valid);
      // The first check of some values loads its rules (phone metadata, id number checks) in the dev server.
      await expect(form.locator('[part="error"]')).toHaveCount(0, { timeout: 15_000 });
      await atEveryWidth('filled', async (width) => {
        await expectLongestCallingCodeFits(form, `filled at ${width} px`);
        await expectCountryListFits(page, form, `filled at ${width} px`);
      });

      await emulator.injectFault({
        path: '/v1/tokens',
        fault: { type: 'status', status: 500, shouldRetry: false },
        count: 1,
      });
      await form.getByRole('button', { name: journey.words.submit }).click();
      await expect(form.getByRole('alert')).toBeVisible();
      await atEveryWidth('error');

      // Long enough to look at the pending form at every width.
      const pendingMs = EVERY_SCREENSHOT ? 15_000 : 5_000;
      await emulator.injectFault({ path: '/v1/tokens', fault: { type: 'delay', ms: pendingMs }, count: 1 });
      await form.getByRole('button', { name: journey.words.retry }).click();
      await expect(form.locator('form[aria-busy="true"]')).toHaveCount(1);
      await atEveryWidth('pending', async () => {
        await expect(form.locator('form[aria-busy="true"]')).toHaveCount(1);
      });

      await expect(page.getByRole('status').filter({ hasText: journey.words.saved })).toBeVisible({
        timeout: 20_000,
      });
      await atEveryWidth('success');
    });
  }
});
