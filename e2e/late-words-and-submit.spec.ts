// The words of problems and the submit path load after a form first renders. Held back on the network,
// a field left invalid is marked so at once and reads its message once the words arrive; a click on
// Submit shows the pending state at once and sends one request once the submit path arrives.
import type { Locator, Page } from '@playwright/test';
import { openPersonForm, recordedEvents, recordEvents } from './pages/person-form.helpers';
import { expect, test } from './support/fixtures';
import { holdModule } from './support/hold-module';

const PERSON = 'person-token-form';

/**
 * Fails every request for a module (`route.abort()`, as a network blip does) until `reconnect` is called;
 * after that, requests go through, held until `release` when asked to be.
 */
async function failModuleUntilReconnected(
  page: Page,
  pattern: RegExp,
): Promise<{ reconnect(options?: { hold?: boolean }): void; release(): void; failed(): number; passed(): string[] }> {
  let online = false;
  let failed = 0;
  const passed: string[] = [];
  let release: () => void = () => undefined;
  let held: Promise<void> = Promise.resolve();
  await page.route(pattern, async (route) => {
    if (!online) {
      failed += 1;
      await route.abort('internetdisconnected');
      return;
    }
    passed.push(route.request().url());
    await held;
    await route.continue();
  });
  return {
    reconnect({ hold = false } = {}) {
      online = true;
      if (hold) held = new Promise<void>((resolve) => (release = resolve));
    },
    release: () => release(),
    failed: () => failed,
    passed: () => [...passed],
  };
}

const errorOf = (page: Page, fieldId: string): Locator =>
  page.locator(`${PERSON} #field-${fieldId.replace(/[^\w-]/g, '-')}-error`);

const formIsValid = (page: Page): Promise<boolean> =>
  page.locator(PERSON).evaluate((element) => (element as HTMLElement & { checkValidity(): boolean }).checkValidity());

/** Opens an English form, gives a first name and leaves its email invalid; returns the email field. */
async function leaveEmailInvalid(page: Page, emulator: Parameters<typeof openPersonForm>[1]): Promise<Locator> {
  await openPersonForm(page, emulator, { country: 'GB', requirements: 'first_name last_name email' });
  await page.getByLabel('First name').fill('Ada');
  const email = page.getByLabel('Email');
  await email.fill('ada@');
  await email.blur();
  return email;
}

const showsUserInvalid = (page: Page): Promise<boolean> =>
  page.locator(PERSON).evaluate((element) => element.matches(':state(user-invalid)'));

/** The email is marked invalid at its control, in the form's validity and in its custom state, its message line in place. */
async function expectMarkedInvalid(page: Page, email: Locator): Promise<void> {
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(errorOf(page, 'person.email')).toBeAttached();
  expect(await formIsValid(page)).toBe(false);
  expect(await showsUserInvalid(page)).toBe(true);
}

/** The email's problem is named at it, and nothing typed in the form was lost. */
async function expectEmailNamedAndNothingLost(page: Page, email: Locator): Promise<void> {
  await expect(errorOf(page, 'person.email')).toHaveText('Enter an email address like name@example.com.');
  await expect(email).toHaveAccessibleDescription('Enter an email address like name@example.com.');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('First name')).toHaveValue('Ada');
  await expect(page.getByLabel('Last name')).toHaveValue('Lovelace');
  await expect(email).toHaveValue('ada@');
}

test.describe('the words of problems, held back', () => {
  for (const width of [375, 1280]) {
    test(`an email left invalid is marked at once and named once the words arrive (English, ${width} px)`, async ({
      page,
      emulator,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      const release = await holdModule(page, /\/src\/i18n\/problem-words\.ts/);
      const email = await leaveEmailInvalid(page, emulator);

      // Invalid now: the control, the form's validity and its custom state; the message line waits for its words.
      await expectMarkedInvalid(page, email);
      await expect(errorOf(page, 'person.email')).toHaveText('');
      // Typing goes on meanwhile.
      await page.getByLabel('Last name').fill('Lovelace');
      await page.locator(PERSON).screenshot({ path: `screenshots/late-words/person-en-${width}-words-held.png` });

      release();
      await expectEmailNamedAndNothingLost(page, email);
      await page.locator(PERSON).screenshot({ path: `screenshots/late-words/person-en-${width}-words-arrived.png` });
      expect(await emulator.tokens()).toEqual([]);
    });

    test(`a Japanese form renders in Japanese and names the problem once its words arrive (${width} px)`, async ({
      page,
      emulator,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      const release = await holdModule(page, /\/src\/i18n\/problem-words\.ja\.ts/);
      await openPersonForm(page, emulator, { country: 'JP', locale: 'ja', requirements: 'last_name_kanji email' });
      const email = page.getByLabel('メールアドレス');
      await email.fill('hanako@');
      await email.blur();

      await expect(email).toHaveAttribute('aria-invalid', 'true');
      await expect(errorOf(page, 'person.email')).toHaveText('');
      expect(await formIsValid(page)).toBe(false);
      await page.getByLabel('姓（漢字）').fill('山田');
      await page.locator(PERSON).screenshot({ path: `screenshots/late-words/person-ja-${width}-words-held.png` });

      release();
      const message = 'メールアドレスを半角英数字で入力してください（例: name@example.com）。';
      await expect(errorOf(page, 'person.email')).toHaveText(message);
      await expect(email).toHaveAccessibleDescription(message);
      await expect(page.getByLabel('姓（漢字）')).toHaveValue('山田');
      await expect(email).toHaveValue('hanako@');
      await page.locator(PERSON).screenshot({ path: `screenshots/late-words/person-ja-${width}-words-arrived.png` });
    });
  }

  test('a submit of an empty form while the words are held counts the problems at once, then names them', async ({
    page,
    emulator,
  }) => {
    const release = await holdModule(page, /\/src\/i18n\/problem-words\.ts/);
    await openPersonForm(page, emulator, { country: 'US', requirements: 'first_name address.state' });
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('status').filter({ hasText: '2 fields need your attention.' })).toBeVisible();
    await expect(page.getByLabel('First name')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('First name')).toBeFocused();

    release();
    await expect(errorOf(page, 'person.given_name')).toHaveText('Enter the first name.');
    await expect(errorOf(page, 'person.address.state')).toHaveText('Choose a state.');
    expect(await emulator.tokens()).toEqual([]);
  });
});

test.describe('the submit path, held back', () => {
  for (const locale of ['en', 'ja'] as const) {
    test(`a click on Submit shows pending at once and makes exactly one token once it arrives (${locale})`, async ({
      page,
      emulator,
    }) => {
      const release = await holdModule(page, /\/components\/shared\/submit-path\.ts/);
      const japanese = locale === 'ja';
      await openPersonForm(page, emulator, {
        country: japanese ? 'JP' : 'GB',
        locale,
        requirements: 'email',
        width: '375',
      });
      await recordEvents(page);
      await page.getByLabel(japanese ? 'メールアドレス' : 'Email').fill('ada@example.com');
      const submit = page.getByRole('button', { name: japanese ? '送信' : 'Submit' });
      await submit.click();
      // A second click while waiting (on the button now marked aria-disabled) joins the first.
      await page.locator(PERSON).locator('[part="submit"]').click({ force: true });

      const form = page.locator(PERSON).locator('form');
      await expect(form).toHaveAttribute('aria-busy', 'true');
      await expect(page.locator(PERSON).locator('[part="submit"]')).toHaveAttribute('aria-disabled', 'true');
      expect(await page.locator(PERSON).evaluate((element) => element.matches(':state(pending)'))).toBe(true);
      await page.locator(PERSON).screenshot({ path: `screenshots/late-words/person-${locale}-375-submit-held.png` });
      expect(await emulator.tokens()).toEqual([]);

      release();
      const saved = japanese ? '入力内容を保存しました。' : 'Your details were saved.';
      await expect(page.getByRole('status').filter({ hasText: saved })).toBeVisible();
      await expect(form).toHaveAttribute('aria-busy', 'false');
      expect(await emulator.tokens()).toHaveLength(1);
      const tokenRequests = (await emulator.requests()).filter(({ path }) => path.endsWith('/tokens'));
      expect(tokenRequests).toHaveLength(1);
      const events = await recordedEvents(page);
      expect(events.filter(({ type }) => type === 'submit-start')).toHaveLength(1);
      expect(events.filter(({ type }) => type === 'token-created')).toHaveLength(1);
      await expect(page.getByLabel(japanese ? 'メールアドレス' : 'Email')).toHaveValue('ada@example.com');
    });
  }
});

// Chromium keeps a failed module download's error for the life of the page: the next click fetches the
// chunk again under a fresh URL, so a network blip costs one click, never what was typed.
test('a submit path that fails to download says the details could not be sent and keeps them; the next click sends them once', async ({
  page,
  emulator,
}) => {
  const network = await failModuleUntilReconnected(page, /\/components\/shared\/submit-path\.ts/);
  await openPersonForm(page, emulator, { country: 'GB', requirements: 'first_name email' });
  await recordEvents(page);
  await page.getByLabel('First name').fill('Ada');
  const email = page.getByLabel('Email');
  await email.fill('ada@example.com');
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your details could not be sent.' })).toBeVisible();
  await expect(page.locator(PERSON).locator('form')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByRole('button', { name: 'Submit' })).toHaveAttribute('aria-disabled', 'false');
  await expect(page.getByLabel('First name')).toHaveValue('Ada');
  await expect(email).toHaveValue('ada@example.com');
  expect(await emulator.requests()).toEqual([]);
  expect(network.failed()).toBeGreaterThan(0);
  await page.locator(PERSON).screenshot({ path: 'screenshots/late-words/person-en-1280-submit-path-failed.png' });

  // The connection is back: the next click shows pending at once and sends one request once the path lands.
  network.reconnect({ hold: true });
  await page.getByRole('button', { name: 'Submit' }).click();
  const form = page.locator(PERSON).locator('form');
  await expect(form).toHaveAttribute('aria-busy', 'true');
  expect(await page.locator(PERSON).evaluate((element) => element.matches(':state(pending)'))).toBe(true);
  expect(await emulator.tokens()).toEqual([]);
  network.release();
  await expect(page.getByRole('status').filter({ hasText: 'Your details were saved.' })).toBeVisible();
  await expect(form).toHaveAttribute('aria-busy', 'false');
  expect(await emulator.tokens()).toHaveLength(1);
  const tokenRequests = (await emulator.requests()).filter(({ path }) => path.endsWith('/tokens'));
  expect(tokenRequests).toHaveLength(1);
  const events = await recordedEvents(page);
  expect(events.filter(({ type }) => type === 'token-created')).toHaveLength(1);
  expect(events.filter(({ type }) => type === 'submit-start')).toHaveLength(1);
  // Chromium refuses the plain URL from its module map: the path came under a fresh one.
  expect(network.passed().some((url) => new URL(url).searchParams.has('token-forms-retry'))).toBe(true);
  await expect(page.getByLabel('First name')).toHaveValue('Ada');
  await expect(email).toHaveValue('ada@example.com');
});

// Offline, a part the checks read (here the table of phone plans) may be missing when the person submits.
test('a submit whose phone plans fail to download says the details could not be sent and keeps them; the next click sends them', async ({
  page,
  emulator,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const network = await failModuleUntilReconnected(page, /\/src\/validation\/phone-metadata\/plan-loaders\.ts/);
  await openPersonForm(page, emulator, { country: 'GB', requirements: 'first_name phone' });
  await recordEvents(page);
  await page.getByLabel('First name').fill('Ada');
  const phone = page.getByLabel('Phone number', { exact: true });
  await phone.fill('+44 20 7946 0958');
  const submit = page.getByRole('button', { name: 'Submit' });
  await submit.click();
  await expect(page.getByRole('status').filter({ hasText: 'Your details could not be sent.' })).toBeVisible();
  await expect(page.locator(PERSON).locator('form')).toHaveAttribute('aria-busy', 'false');
  await expect(submit).toHaveAttribute('aria-disabled', 'false');
  await expect(page.getByLabel('First name')).toHaveValue('Ada');
  await expect(phone).toHaveValue('+44 20 7946 0958');
  expect(await emulator.requests()).toEqual([]);
  expect(network.failed()).toBeGreaterThan(0);
  expect((await recordedEvents(page)).filter(({ type }) => type === 'token-created')).toEqual([]);
  // Told at the form, not thrown at the page.
  expect(pageErrors).toEqual([]);
  await page.locator(PERSON).screenshot({ path: 'screenshots/late-words/person-en-1280-phone-plans-failed.png' });

  network.reconnect();
  await submit.click();
  await expect(page.getByRole('status').filter({ hasText: 'Your details were saved.' })).toBeVisible();
  expect(await emulator.tokens()).toHaveLength(1);
  expect((await recordedEvents(page)).filter(({ type }) => type === 'token-created')).toHaveLength(1);
  expect(pageErrors).toEqual([]);
});

test.describe('parts that fail to download, fetched again at the next need', () => {
  for (const width of [375, 1280]) {
    test(`an email left invalid while the words fail is marked; the next field typed in names its problem (${width} px)`, async ({
      page,
      emulator,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      const network = await failModuleUntilReconnected(page, /\/src\/i18n\/problem-words\.ts/);
      const email = await leaveEmailInvalid(page, emulator);
      await expect.poll(() => network.failed()).toBeGreaterThan(0);
      await expectMarkedInvalid(page, email);
      await page.locator(PERSON).screenshot({ path: `screenshots/late-words/person-en-${width}-words-failed.png` });

      network.reconnect();
      // Nothing asks again on its own (offline, that would ask for ever); the person moves on to the next field.
      await expect(errorOf(page, 'person.email')).toHaveText('');
      await page.getByLabel('Last name').fill('Lovelace');
      await expectEmailNamedAndNothingLost(page, email);
      await page.locator(PERSON).screenshot({ path: `screenshots/late-words/person-en-${width}-words-retried.png` });
    });

    test(`a Japanese form whose catalogue fails renders in English, then in Japanese at the next render (${width} px)`, async ({
      page,
      emulator,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      const network = await failModuleUntilReconnected(page, /\/src\/i18n\/japanese\.ts/);
      await openPersonForm(page, emulator, { country: 'JP', locale: 'ja', requirements: 'email' });
      const englishEmail = page.getByLabel('Email', { exact: true });
      await expect(englishEmail).toBeVisible();
      expect(network.failed()).toBeGreaterThan(0);
      await page.locator(PERSON).screenshot({ path: `screenshots/late-words/person-ja-${width}-catalogue-failed.png` });

      network.reconnect();
      await englishEmail.fill('hanako@example.com');
      const email = page.getByLabel('メールアドレス');
      await expect(email).toBeVisible();
      await expect(email).toHaveValue('hanako@example.com');
      await expect(page.getByRole('button', { name: '送信' })).toBeVisible();
      await page
        .locator(PERSON)
        .screenshot({ path: `screenshots/late-words/person-ja-${width}-catalogue-retried.png` });
    });
  }
});
