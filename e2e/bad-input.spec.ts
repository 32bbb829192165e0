// A sample of the bad-input corpus typed into a real form: each value is stopped at its field with a
// message in English and Japanese, and nothing reaches the token API until the form is right.
import type { Locator, Page } from '@playwright/test';
import { BAD_VALUES } from '../src/validation/corpus/bad-input-corpus';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { openPersonForm, screenshotDirectory } from './pages/person-form.helpers';

const REQUIREMENTS = 'first_name last_name email phone address.line1 address.city address.state address.postal_code';

/** A valid US person, by field id. */
const GOOD: Readonly<Record<string, string>> = {
  'person.given_name': 'Jenny',
  'person.surname': 'Rosen',
  'person.email': 'jenny@example.com',
  'person.phone': '+1 541 754 3010',
  'person.address.line1': '1 Market St',
  'person.address.city': 'San Francisco',
  'person.address.postal_code': '94105',
};

interface Sample {
  readonly field: string;
  readonly value: string;
  readonly en: string;
  readonly ja: string;
}

/** One value of each kind, each from the corpus, with the words the person must see. */
const SAMPLES: readonly Sample[] = [
  {
    field: 'person.given_name',
    value: '\u202eJenny',
    en: 'This name contains a hidden character',
    ja: 'お名前に表示されない文字（制御文字や書式用の文字）が含まれています。',
  },
  { field: 'person.surname', value: 'Jenny 😀', en: 'A name can’t contain “😀”.', ja: 'お名前に「😀」は使えません。' },
  {
    field: 'person.address.line1',
    value: '<b>1 Market St</b>',
    en: 'An address can’t contain “<”, “>”.',
    ja: '住所に「<」「>」は使えません。',
  },
  {
    field: 'person.email',
    value: 'jen..ny@example.com',
    en: 'The part before @ can’t start or end with a dot or have two dots in a row',
    ja: 'ドットを続けて使うこともできません',
  },
  {
    field: 'person.phone',
    value: '+1 541 754 3010 abc',
    en: 'Enter only the phone number',
    ja: '電話番号は数字で入力してください。',
  },
  {
    field: 'person.address.postal_code',
    value: '00123',
    en: 'Enter a postal code like 94103.',
    ja: '郵便番号を正しい形式で入力してください（例: 94103）。',
  },
];

const control = (page: Page, fieldId: string): Locator =>
  page.locator(`person-token-form #field-${fieldId.replace(/[^\w-]/g, '-')}`);
const errorOf = (page: Page, fieldId: string): Locator =>
  page.locator(`person-token-form #field-${fieldId.replace(/[^\w-]/g, '-')}-error`);

async function fillGood(page: Page): Promise<void> {
  for (const [field, value] of Object.entries(GOOD)) await control(page, field).fill(value);
  await control(page, 'person.address.state').selectOption('CA');
}

const tokenPosts = async (emulator: { requests(): Promise<{ method: string; path: string }[]> }) =>
  (await emulator.requests()).filter((request) => request.method === 'POST' && request.path === '/v1/tokens');

test.describe('bad input in the browser', () => {
  test('every sample comes from the unit corpus', () => {
    for (const sample of SAMPLES) {
      const inCorpus = BAD_VALUES.some((entry) => entry.field === sample.field && entry.value === sample.value);
      expect(inCorpus, `${sample.field} ${sample.value}`).toBe(true);
    }
  });

  for (const locale of ['en', 'ja'] as const) {
    test(`stops each sampled value at its field with a ${locale} message and sends nothing`, async ({
      page,
      emulator,
    }) => {
      await openPersonForm(page, emulator, { country: 'US', requirements: REQUIREMENTS, locale });
      await fillGood(page);
      const submit = page.locator('person-token-form [part="submit"]');
      for (const sample of SAMPLES) {
        const input = control(page, sample.field);
        await input.fill(sample.value);
        await submit.click();
        await expect(errorOf(page, sample.field)).toContainText(sample[locale]);
        await expect(input).toHaveAttribute('aria-invalid', 'true');
        await expect(input).toHaveAttribute('aria-describedby', /-error/);
        expect(await tokenPosts(emulator), sample.value).toHaveLength(0);
        await input.fill(GOOD[sample.field] ?? '');
      }
      await submit.click();
      await expect.poll(async () => (await tokenPosts(emulator)).length).toBe(1);
    });
  }

  for (const locale of ['en', 'ja'] as const) {
    test(`stops a Kana name with a bidi isolate and an SSN in area 666 (${locale})`, async ({ page, emulator }) => {
      const kana = { field: 'person.surname_kana', value: '\u2066ヤマダ\u2069' };
      const ssn = { field: 'person.id_number', value: '666-12-3456' };
      for (const sample of [kana, ssn]) {
        expect(BAD_VALUES.some((entry) => entry.field === sample.field && entry.value === sample.value)).toBe(true);
      }
      await openPersonForm(page, emulator, { country: 'JP', requirements: 'last_name_kana', locale });
      await control(page, kana.field).fill(kana.value);
      await page.locator('person-token-form [part="submit"]').click();
      await expect(errorOf(page, kana.field)).toContainText(
        locale === 'en' ? 'This name contains a hidden character' : 'お名前に表示されない文字',
      );

      await openPersonForm(page, emulator, { country: 'US', requirements: 'id_number', locale });
      await control(page, ssn.field).fill(ssn.value);
      await page.locator('person-token-form [part="submit"]').click();
      await expect(errorOf(page, ssn.field)).toContainText(
        locale === 'en'
          ? 'No Social Security number is issued with these digits.'
          : '社会保障番号（SSN）として発行されることのない数字です。',
      );
      expect(await tokenPosts(emulator)).toHaveLength(0);
    });

    for (const width of [375, 1280]) {
      test(`shows the field errors and the email suggestion at ${width} px (${locale})`, async ({ page, emulator }) => {
        await page.setViewportSize({ width, height: 900 });
        await openPersonForm(page, emulator, { country: 'US', requirements: REQUIREMENTS, locale });
        await fillGood(page);
        await control(page, 'person.surname').fill('Rosen 😀');
        await control(page, 'person.address.line1').fill('1 Market St\u200b');
        await control(page, 'person.email').fill('jenny@gmial.com');
        await page.locator('person-token-form [part="submit"]').click();
        await expect(errorOf(page, 'person.surname')).toBeVisible();
        await expect(errorOf(page, 'person.email')).toBeVisible();
        await page.screenshot({ path: `${screenshotDirectory}/bad-input-${locale}-${width}.png`, fullPage: true });
      });
    }
  }

  for (const locale of ['en', 'ja'] as const) {
    test(`offers the common domain for a typo without blocking, and one click uses it (${locale})`, async ({
      page,
      emulator,
    }) => {
      await openPersonForm(page, emulator, { country: 'US', requirements: REQUIREMENTS, locale });
      await fillGood(page);
      const email = control(page, 'person.email');
      await email.fill('jenny@gmial.com');
      await email.blur();
      const hint = errorOf(page, 'person.email');
      await expect(hint).toContainText(
        locale === 'en' ? 'Did you mean jenny@gmail.com?' : 'もしかして jenny@gmail.com ですか？',
      );
      await expect(hint).toHaveClass(/warning/);
      await expect(email).toHaveAttribute('aria-invalid', 'false');
      const useIt = page.locator('person-token-form [part="suggestion"]');
      await expect(useIt).toHaveText(locale === 'en' ? 'Use jenny@gmail.com' : 'jenny@gmail.com にする');
      await expectNoAxeViolations(page);
      await useIt.click();
      await expect(email).toHaveValue('jenny@gmail.com');
      await expect(hint).toHaveCount(0);

      // A hint never blocks: the person may keep the address as typed.
      await email.fill('jenny@gmial.com');
      await page.locator('person-token-form [part="submit"]').click();
      await expect.poll(async () => (await tokenPosts(emulator)).length).toBe(1);
    });
  }
});
