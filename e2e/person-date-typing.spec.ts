// A date of birth is judged whole: while its year is still being typed (1, 19, 199) the date shows no
// problem and moves nothing; once the year is left unfinished, the date says what to enter. At 375 px,
// in English and Japanese.
import type { Page } from '@playwright/test';
import { openPersonForm } from './pages/person-form.helpers';
import { expect, test } from './support/fixtures';

const WORDS = {
  en: {
    date: 'Date of birth',
    month: 'Month',
    day: 'Day',
    year: 'Year',
    invalidDate: 'Enter a real date, with the day, month and year as numbers, like 27, 3 and 1990.',
  },
  ja: {
    date: '生年月日',
    month: '月',
    day: '日',
    year: '年',
    invalidDate: '実在する日付を、年・月・日の数字で入力してください（例: 1990年3月27日）。',
  },
} as const;

/** Until what a keystroke changed is checked and rendered: the checks run in promises, Lit renders in a microtask. */
const rendered = (page: Page): Promise<void> =>
  page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

for (const locale of ['en', 'ja'] as const) {
  const words = WORDS[locale];

  test(`a date shows no problem while its year is typed, and says what to enter once the year is left unfinished (${locale}, 375 px)`, async ({
    page,
    emulator,
  }) => {
    await page.setViewportSize({ width: 375, height: 900 });
    await openPersonForm(page, emulator, {
      country: locale === 'ja' ? 'JP' : 'US',
      ...(locale === 'ja' ? { locale: 'ja' } : {}),
      requirements: 'dob email',
    });
    const date = page.getByRole('group', { name: words.date });
    const error = date.locator('[part="error"]');
    const year = date.getByLabel(words.year, { exact: true });
    const email = page.locator('person-token-form').locator('input[type="email"]');

    // Month and day typed and left, as the person did; leaving a field asks for the checks.
    await date.getByLabel(words.month, { exact: true }).fill('01');
    await date.getByLabel(words.day, { exact: true }).click();
    await page.keyboard.type('15');
    await year.click();
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((entry) => /\/src\/fields\/checks\.ts/.test(entry.name)),
    );
    await rendered(page);
    const below = await email.boundingBox();

    for (const typed of ['1', '19', '199']) {
      await page.keyboard.type(typed.slice(-1));
      await expect(year).toHaveValue(typed);
      await rendered(page);
      await expect(error, `year ${typed}`).toHaveCount(0);
      await expect(date.locator('input[aria-invalid="true"]'), `year ${typed}`).toHaveCount(0);
      // What follows the date stays where it was.
      expect(await email.boundingBox(), `year ${typed}`).toEqual(below);
      if (typed === '199')
        await date.screenshot({ path: `screenshots/date-typing/${locale}-375-typing-199.png`, animations: 'disabled' });
    }

    // Left with three digits: the date is judged, and says what to enter.
    await year.blur();
    await expect(error).toHaveText(words.invalidDate);
    await expect(year).toHaveAttribute('aria-invalid', 'true');
    await expect(year).toHaveAccessibleDescription(words.invalidDate);
    await date.screenshot({ path: `screenshots/date-typing/${locale}-375-left-199.png`, animations: 'disabled' });

    // Completed: the problem goes.
    await year.click();
    await page.keyboard.type('0');
    await expect(year).toHaveValue('1990');
    await expect(error).toHaveCount(0);
  });
}
