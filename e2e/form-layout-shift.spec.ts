// The form's cumulative layout shift over a whole journey, measured by Chromium's layout-shift entries
// from the first paint: loading its lazy data, leaving fields with problems, a submission with every
// problem shown, Stripe refusing a field after a delay, a failure with a retry, and the saved form. A
// message appears in the line kept for it, a failure below the button: nothing the person reads moves
// unless they just acted (CLS leaves out shifts within 500 ms of a key press or click; the annotation
// also gives the sum with them: a message longer than its line, or one that goes as it is fixed).
import type { Page } from '@playwright/test';
import { openPersonForm } from './pages/person-form.helpers';
import { openAccountForm } from './pages/token-form.helpers';
import { expect, test } from './support/fixtures';

interface Shift {
  readonly value: number;
  readonly hadRecentInput: boolean;
}

declare global {
  interface Window {
    layoutShifts?: Shift[];
  }
}

/** Records every layout-shift entry of the page, from its first paint. */
async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.layoutShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & Shift)[]) {
        window.layoutShifts?.push({ value: entry.value, hadRecentInput: entry.hadRecentInput });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Cumulative layout shift as Chromium scores it (shifts right after a key press or click left out), and every shift. */
async function layoutShift(page: Page): Promise<{ cumulative: number; including: number }> {
  const shifts = await page.evaluate(() => window.layoutShifts ?? []);
  const sum = (list: readonly Shift[]): number => list.reduce((total, shift) => total + shift.value, 0);
  return { cumulative: sum(shifts.filter((shift) => !shift.hadRecentInput)), including: sum(shifts) };
}

// Tall enough for the whole form to be in view: scroll anchoring hides nothing.
for (const [width, height] of [
  [375, 1600],
  [1280, 1000],
] as const) {
  test(`a journey through the person form shifts its layout by less than 0.05 (${width} px)`, async ({
    page,
    emulator,
  }) => {
    await page.setViewportSize({ width, height });
    await recordLayoutShifts(page);
    await openPersonForm(page, emulator, {
      'api-version': 'v2',
      account: 'acct_1Nv0FGQ9RKHgCVdK',
      country: 'US',
      requirements: 'first_name last_name email phone dob id_number legal_gender relationship.title relationship.owner',
    });
    const form = page.locator('person-token-form');
    const status = page.getByRole('status');
    // The phone rules and the country names arrive after the first render.
    await expect(form.locator('.calling-code select')).toBeEnabled();

    // Typed and left with the keyboard: problems appear as each field is left.
    await page.getByLabel('First name').click();
    await page.keyboard.type('Jenny');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('jenny@');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('12');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Phone number')).toHaveAttribute('aria-invalid', 'true');

    // A submission shows every problem at once.
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(status.filter({ hasText: 'fields need your attention' })).toBeVisible();

    // The platform knew a gender Stripe refuses; the person fixes the rest.
    await form.evaluate((element) => {
      (element as HTMLElement & { prefill: Record<string, string> }).prefill = { legal_gender: 'unspecified' };
    });
    await page.getByLabel('Last name').fill('Rosen');
    await page.getByLabel('Email').fill('jenny@example.com');
    await page.getByLabel('Phone number').fill('(415) 555-0123');
    await page.getByLabel('Month').fill('3');
    await page.getByLabel('Day').fill('7');
    await page.getByLabel('Year').fill('1990');
    await page.getByLabel('ID type', { exact: true }).selectOption('us_ssn');
    await page.getByLabel('ID number', { exact: true }).fill('123-45-6789');
    await page.getByLabel('Job title').fill('CEO');
    await page.getByRole('checkbox', { name: 'Owner' }).check();
    await expect(form.locator('[part="error"]')).toHaveCount(0);

    // Stripe's refusal arrives long after the click: it is shown at its field, in its line.
    await emulator.injectFault({ path: '/v2/core/accounts/', fault: { type: 'delay', ms: 1200 }, count: 1 });
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(status.filter({ hasText: 'Stripe could not accept 1 field' })).toBeVisible();
    await page.getByLabel('Legal gender').selectOption('female');

    // A failure after a wait (no answer, then a refusal of the retry), below the button; then the retry saves.
    await emulator.injectFault({
      path: '/v2/core/accounts/',
      fault: { type: 'hang', ms: 1200 },
      count: 1,
    });
    await emulator.injectFault({
      path: '/v2/core/accounts/',
      fault: { type: 'status', status: 500, shouldRetry: false },
      count: 1,
    });
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('alert')).toBeVisible({ timeout: 10_000 });
    await emulator.injectFault({ path: '/v2/core/accounts/', fault: { type: 'delay', ms: 1200 }, count: 1 });
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(status.filter({ hasText: 'Your details were saved.' })).toBeVisible();
    // The number sent is cleared, and its field says so in the line kept for it.
    await expect(page.getByLabel('ID number', { exact: true })).toHaveAccessibleDescription(/Sent securely/);
    expect(await emulator.tokens()).toHaveLength(1);

    await expectSteadyLayout(page);
  });
}

/** Every layout shift of the journey, written beside the test's result, then held under 0.05. */
async function expectSteadyLayout(page: Page): Promise<void> {
  const shift = await layoutShift(page);
  test.info().annotations.push({
    type: 'layout shift',
    description: `cumulative ${shift.cumulative.toFixed(4)}, including shifts right after input ${shift.including.toFixed(4)}`,
  });
  expect(shift.cumulative).toBeLessThan(0.05);
}

for (const [width, height] of [
  [375, 2000],
  [1280, 1200],
] as const) {
  test(`a journey through the account form shifts its layout by less than 0.05 (${width} px)`, async ({
    page,
    emulator,
  }) => {
    await page.setViewportSize({ width, height });
    await recordLayoutShifts(page);
    await openAccountForm(page, emulator, {
      country: 'US',
      'business-type': 'company',
      'terms-url': 'https://example.com/terms',
      requirements: 'company.name company.structure company.phone company.address company.tax_id tos_acceptance',
    });
    const form = page.locator('account-token-form');
    const status = page.getByRole('status');
    await expect(form.locator('.calling-code select')).toBeEnabled();

    // Typed and left with the keyboard, each problem in its line.
    await page.getByLabel('Legal business name').click();
    await page.keyboard.type('Rocket Rides');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('12');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Business phone number')).toHaveAttribute('aria-invalid', 'true');

    // A submission shows every problem at once; the person fixes them.
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(status.filter({ hasText: 'fields need your attention' })).toBeVisible();
    await page.getByLabel('Business structure').selectOption('multi_member_llc');
    await page.getByLabel('Business phone number').fill('(415) 555-0199');
    await page.getByLabel('Address line 1').fill('510 Townsend St');
    await page.getByLabel('City').fill('San Francisco');
    await page.getByLabel('State').selectOption('CA');
    await page.getByLabel('ZIP code').fill('94103');
    await page.getByLabel('Tax ID (EIN)').fill('12-3456789');
    await page.getByRole('checkbox', { name: /accept the terms/ }).check();
    await expect(form.locator('[part="error"]')).toHaveCount(0);

    // A failure after a wait, below the button; then the retry saves.
    await emulator.injectFault({ path: '/v1/tokens', fault: { type: 'hang', ms: 1200 }, count: 1 });
    await emulator.injectFault({
      path: '/v1/tokens',
      fault: { type: 'status', status: 500, shouldRetry: false },
      count: 1,
    });
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('alert')).toBeVisible({ timeout: 10_000 });
    await emulator.injectFault({ path: '/v1/tokens', fault: { type: 'delay', ms: 1200 }, count: 1 });
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(status.filter({ hasText: 'Your details were saved.' })).toBeVisible();
    expect(await emulator.tokens()).toHaveLength(1);

    await expectSteadyLayout(page);
  });
}
