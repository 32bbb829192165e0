// The field checks load after a form first renders. Held back on the network, the form renders and keeps
// every value typed; a field left invalid is marked once they arrive; a submit shows pending and sends
// nothing until the values are checked.
import type { Page } from '@playwright/test';
import { openPersonForm, recordedEvents, recordEvents } from './pages/person-form.helpers';
import { expect, test } from './support/fixtures';
import { holdModule } from './support/hold-module';

const PERSON = 'person-token-form';
const CHECKS = /\/src\/fields\/checks\.ts/;

const formIsValid = (page: Page): Promise<boolean> =>
  page.locator(PERSON).evaluate((element) => (element as HTMLElement & { checkValidity(): boolean }).checkValidity());

const WORDS = {
  en: {
    email: 'Email',
    firstName: 'First name',
    submit: 'Submit',
    invalidEmail: 'Enter an email address like name@example.com.',
    saved: 'Your details were saved.',
  },
  ja: {
    email: 'メールアドレス',
    firstName: '名（漢字）',
    submit: '送信',
    invalidEmail: 'メールアドレスを半角英数字で入力してください（例: name@example.com）。',
    saved: '入力内容を保存しました。',
  },
} as const;

for (const locale of ['en', 'ja'] as const) {
  const words = WORDS[locale];
  const country = locale === 'ja' ? 'JP' : 'GB';
  const requirements = locale === 'ja' ? 'first_name_kanji email' : 'first_name email';

  test.describe(`the field checks, held back (${locale})`, () => {
    for (const width of [375, 1280]) {
      test(`the form renders, keeps what is typed and marks a field left invalid once the checks arrive (${width} px)`, async ({
        page,
        emulator,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        const release = await holdModule(page, CHECKS);
        await openPersonForm(page, emulator, { country, locale, requirements });
        // Before any check: the empty required form answers as one not yet checked.
        expect(await formIsValid(page)).toBe(false);

        const firstName = page.getByLabel(words.firstName);
        const email = page.getByLabel(words.email);
        await firstName.fill(locale === 'ja' ? '花子' : 'Ada');
        await email.fill('ada@');
        await email.blur();
        // Nothing is judged while the checks are on their way, and nothing typed is lost.
        await expect(email).toHaveAttribute('aria-invalid', 'false');
        await expect(email).toHaveValue('ada@');
        await expect(firstName).toHaveValue(locale === 'ja' ? '花子' : 'Ada');
        expect(await formIsValid(page)).toBe(false);
        await page.locator(PERSON).screenshot({ path: `screenshots/late-checks/person-${locale}-${width}-held.png` });

        release();
        await expect(email).toHaveAttribute('aria-invalid', 'true');
        await expect(email).toHaveAccessibleDescription(words.invalidEmail);
        await expect(firstName).toHaveAttribute('aria-invalid', 'false');
        await expect(email).toHaveValue('ada@');
        await expect(firstName).toHaveValue(locale === 'ja' ? '花子' : 'Ada');
        expect(await formIsValid(page)).toBe(false);
        await page
          .locator(PERSON)
          .screenshot({ path: `screenshots/late-checks/person-${locale}-${width}-arrived.png` });
        expect(await emulator.tokens()).toEqual([]);
      });
    }

    test('a submit while the checks are held shows pending and sends once the values are checked', async ({
      page,
      emulator,
    }) => {
      const release = await holdModule(page, CHECKS);
      await openPersonForm(page, emulator, { country, locale, requirements, width: '375' });
      await recordEvents(page);
      await page.getByLabel(words.firstName).fill(locale === 'ja' ? '花子' : 'Ada');
      await page.getByLabel(words.email).fill('ada@example.com');
      await page.getByRole('button', { name: words.submit }).click();

      const form = page.locator(PERSON).locator('form');
      await expect(form).toHaveAttribute('aria-busy', 'true');
      expect(await page.locator(PERSON).evaluate((element) => element.matches(':state(pending)'))).toBe(true);
      await page.locator(PERSON).screenshot({ path: `screenshots/late-checks/person-${locale}-375-submit-held.png` });
      // Held for a moment longer than a submission takes: nothing unchecked goes out.
      await page.waitForTimeout(500);
      expect(await emulator.tokens()).toEqual([]);
      expect((await emulator.requests()).filter(({ path }) => path.endsWith('/tokens'))).toEqual([]);

      release();
      await expect(page.getByRole('status').filter({ hasText: words.saved })).toBeVisible();
      expect(await emulator.tokens()).toHaveLength(1);
      const events = await recordedEvents(page);
      expect(events.filter(({ type }) => type === 'submit-start')).toHaveLength(1);
      expect(events.filter(({ type }) => type === 'token-created')).toHaveLength(1);
    });

    test('a submit of an invalid value while the checks are held sends nothing and marks it once they arrive', async ({
      page,
      emulator,
    }) => {
      const release = await holdModule(page, CHECKS);
      await openPersonForm(page, emulator, { country, locale, requirements, width: '375' });
      await page.getByLabel(words.firstName).fill(locale === 'ja' ? '花子' : 'Ada');
      const email = page.getByLabel(words.email);
      await email.fill('ada@');
      await page.getByRole('button', { name: words.submit }).click();
      await expect(page.locator(PERSON).locator('form')).toHaveAttribute('aria-busy', 'true');
      await expect(email).toHaveAttribute('aria-invalid', 'false');

      release();
      await expect(email).toHaveAttribute('aria-invalid', 'true');
      await expect(email).toHaveAccessibleDescription(words.invalidEmail);
      await expect(email).toBeFocused();
      await expect(email).toHaveValue('ada@');
      expect(await emulator.tokens()).toEqual([]);
    });
  });
}

test.describe('a host form submitted while the checks are held', () => {
  const openInHostForm = async (page: Page, emulator: Parameters<typeof openPersonForm>[1]) => {
    const release = await holdModule(page, CHECKS);
    await openPersonForm(page, emulator, { 'host-form': '1', country: 'GB', requirements: 'first_name last_name' });
    const bodies: string[] = [];
    await page.route('**/e2e/pages/received', async (route) => {
      bodies.push(route.request().postData() ?? '');
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Received</title>' });
    });
    return { release, posted: () => bodies.length, bodies: () => bodies };
  };

  test('waits; once the checks arrive an invalid form counts, shows and focuses its problem and sends nothing', async ({
    page,
    emulator,
  }) => {
    const { release, posted } = await openInHostForm(page, emulator);
    await page.getByLabel('Last name', { exact: true }).fill('Lovelace');
    await page.getByRole('button', { name: 'Save' }).click();
    expect(posted()).toBe(0);

    release();
    const firstName = page.getByLabel('First name', { exact: true });
    await expect(firstName).toBeFocused();
    await expect(firstName).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('status').filter({ hasText: '1 field needs your attention.' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '0 fields' })).toHaveCount(0);
    expect(posted()).toBe(0);
    expect(await emulator.requests()).toEqual([]);
  });

  test('with a valid form is sent with the one click once the checks arrive: no second click, one token', async ({
    page,
    emulator,
  }) => {
    const { release, posted, bodies } = await openInHostForm(page, emulator);
    await page.getByLabel('First name', { exact: true }).fill('Ada');
    await page.getByLabel('Last name', { exact: true }).fill('Lovelace');
    await page.getByRole('button', { name: 'Save' }).click();
    expect(posted()).toBe(0);
    expect(await emulator.requests()).toEqual([]);

    release();
    await expect(page).toHaveTitle('Received');
    expect(posted()).toBe(1);
    const tokens = await emulator.tokens();
    expect(tokens).toHaveLength(1);
    expect(new URLSearchParams(bodies()[0]).get('person_token')).toBe(tokens[0]?.id);
  });
});
