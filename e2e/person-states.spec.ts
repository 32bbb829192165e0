import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { openPersonForm, recordEvents, recordedEvents, screenshotDirectory } from './pages/person-form.helpers';

const requirements = 'first_name last_name dob email';

async function fillValid(page: Page): Promise<void> {
  await page.getByLabel('First name', { exact: true }).fill('Ada');
  await page.getByLabel('Last name', { exact: true }).fill('Lovelace');
  await page.getByLabel('Day').fill('10');
  await page.getByLabel('Month').fill('12');
  await page.getByLabel('Year').fill('1985');
  await page.getByLabel('Email').fill('ada@example.com');
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'horizontal scrolling').toBeLessThanOrEqual(0);
}

test.describe('person-token-form states', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`is accessible and fits 320 px when empty, invalid, pending and done (${colorScheme})`, async ({
      page,
      emulator,
    }) => {
      // Four accessibility scans and screenshots: more than a journey's time on a small, busy machine.
      test.slow();
      await page.setViewportSize({ width: 320, height: 800 });
      await page.emulateMedia({ colorScheme });
      await openPersonForm(page, emulator, { country: 'US' });

      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `${screenshotDirectory}/person-320-${colorScheme}-empty.png`, fullPage: true });

      await page.getByRole('button', { name: 'Submit' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'fields need your attention' })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `${screenshotDirectory}/person-320-${colorScheme}-invalid.png`, fullPage: true });

      await page.goto('about:blank');
      await openPersonForm(page, emulator, { country: 'GB', requirements });
      await fillValid(page);
      await emulator.injectFault({ path: '/v1/tokens', fault: { type: 'delay', ms: 2500 }, count: 1 });
      await page.getByRole('button', { name: 'Submit' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Sending your details securely' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Submitting…' })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `${screenshotDirectory}/person-320-${colorScheme}-pending.png`, fullPage: true });

      await expect(page.getByRole('status').filter({ hasText: 'Your details were saved.' })).toBeVisible({
        timeout: 10_000,
      });
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `${screenshotDirectory}/person-320-${colorScheme}-success.png`, fullPage: true });
    });
  }

  test('shows errors only after a changed field is left, or after a submit attempt', async ({ page, emulator }) => {
    await openPersonForm(page, emulator, { country: 'GB', requirements });
    const email = page.getByLabel('Email');
    await email.fill('ada@');
    await expect(email).toHaveAttribute('aria-invalid', 'false');
    await email.blur();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(
      page.locator('person-token-form').getByText('Enter an email address like name@example.com.'),
    ).toBeVisible();
    // The untouched first name shows nothing yet, although it is required and empty.
    await expect(page.getByLabel('First name', { exact: true })).toHaveAttribute('aria-invalid', 'false');
    const isValid = () =>
      page
        .locator('person-token-form')
        .evaluate((element) => (element as HTMLElement & { checkValidity(): boolean }).checkValidity());
    expect(await isValid()).toBe(false);
    // checkValidity() is a query: nothing new is shown.
    await expect(page.getByLabel('First name', { exact: true })).toHaveAttribute('aria-invalid', 'false');
    await page
      .locator('person-token-form')
      .evaluate((element) => (element as HTMLElement & { reportValidity(): boolean }).reportValidity());
    await expect(page.getByLabel('First name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('First name', { exact: true })).toBeFocused();
  });

  test('a failed request is shown above the form with a retry that sends the same data again: one token', async ({
    page,
    emulator,
  }) => {
    await openPersonForm(page, emulator, { country: 'GB', requirements });
    await recordEvents(page);
    await fillValid(page);
    await emulator.injectFault({
      path: '/v1/tokens',
      fault: { type: 'status', status: 500, shouldRetry: false },
      count: 1,
    });
    await page.getByRole('button', { name: 'Submit' }).click();

    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Your details could not be sent.' })).toBeVisible();
    await expect(page.getByLabel('First name', { exact: true })).toHaveValue('Ada');
    await page.screenshot({ path: `${screenshotDirectory}/person-request-failed.png`, fullPage: true });
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your details were saved.' })).toBeVisible();

    const posts = (await emulator.requests()).filter(
      (request) => request.method === 'POST' && request.path === '/v1/tokens',
    );
    expect(posts).toHaveLength(2);
    // No idempotency header unless the page opts in (transport-opt-in.spec.ts); the retry repeats the request.
    expect(posts.map((post) => post.idempotencyKey)).toEqual([null, null]);
    expect(posts[1]?.params).toEqual(posts[0]?.params);
    expect(await emulator.tokens()).toHaveLength(1);
    const types = (await recordedEvents(page)).map((event) => event.type).filter((type) => type !== 'validity-change');
    expect(types).toEqual(['submit-start', 'token-error', 'submit-start', 'token-created']);
  });

  test('refuses a secret key with a visible configuration error and sends nothing', async ({ page, emulator }) => {
    await openPersonForm(page, emulator, { country: 'GB', requirements, 'publishable-key': 'sk_test_0000secretKey' });
    await recordEvents(page);
    await expect(page.getByRole('alert')).toContainText('A secret key was given');
    await fillValid(page);
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'not set up correctly' })).toBeVisible();
    const failure = (await recordedEvents(page)).find((event) => event.type === 'token-error');
    expect(failure?.detail).toMatchObject({
      error: { type: 'configuration_error', code: 'secret_key', retryable: false },
    });
    expect(await emulator.requests()).toEqual([]);
  });
});
