import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, type EmulatorAdmin } from './support/fixtures';
import { openAccountForm, screenshotDirectory } from './pages/token-form.helpers';
import { recordEvents, recordedEvents } from './pages/person-form.helpers';

mkdirSync(screenshotDirectory, { recursive: true });

// An account's individual: Stripe takes at most 100 characters in `account[individual][first_name]`.
const requirements = 'individual.first_name individual.last_name';
const tooLong = 'A'.repeat(60) + ' ' + 'B'.repeat(40);

const tokenRequests = async (emulator: EmulatorAdmin) =>
  (await emulator.requests()).filter((request) => request.path === '/v1/tokens');

/** The field frame (label, control, error) around an input. */
const frameOf = (input: Locator): Locator => input.locator('xpath=ancestor::*[@part="field"][1]');

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'horizontal scrolling').toBeLessThanOrEqual(0);
}

async function pasteInto(page: Page, input: Locator, text: string): Promise<void> {
  await input.focus();
  // Inserted in one go, as a paste is: one `input` event with the whole text.
  await page.keyboard.insertText(text);
}

test.describe('string limits at the field', () => {
  test('a pasted 101-character first name is refused at the field, nothing is sent, and the fixed name is', async ({
    page,
    emulator,
  }) => {
    await openAccountForm(page, emulator, { country: 'GB', 'business-type': 'individual', requirements });
    await recordEvents(page);
    const firstName = page.getByLabel('First name', { exact: true });
    await expect(firstName).not.toHaveAttribute('maxlength');
    await pasteInto(page, firstName, tooLong);
    // Nothing is cut: the person sees all they pasted, and why it cannot be sent, while still in the field.
    await expect(firstName).toHaveValue(tooLong);
    await expect(firstName).toBeFocused();
    await expect(firstName).toHaveAttribute('aria-invalid', 'true');
    const message = frameOf(firstName).locator('[part="error"]');
    await expect(message).toHaveText('At most 100 characters: this has 101. Shorten it.');
    await expect(firstName).toHaveAccessibleDescription(/At most 100 characters/);
    await page.getByLabel('Last name', { exact: true }).fill('Lovelace');
    await expectNoAxeViolations(page);
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoHorizontalScroll(page);
      await page.screenshot({ path: `${screenshotDirectory}/string-limits-en-${width}.png`, fullPage: true });
    }

    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('status').filter({ hasText: '1 field needs your attention' })).toBeVisible();
    await expect(firstName).toBeFocused();
    expect(await tokenRequests(emulator)).toEqual([]);
    expect((await recordedEvents(page)).map((event) => event.type)).not.toContain('submit-start');

    // 100 × 𠮷 are 200 UTF-16 units but 100 characters, as Stripe counts them.
    await firstName.fill('𠮷'.repeat(100));
    await expect(message).toHaveCount(0);
    await expect(firstName).toHaveAttribute('aria-invalid', 'false');
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your details were saved.' })).toBeVisible();
    const requests = await tokenRequests(emulator);
    expect(requests.map((request) => request.status)).toEqual([200]);
    const created = (await recordedEvents(page)).find((event) => event.type === 'token-created');
    const id = (created?.detail as { token: { id: string } }).token.id;
    expect((await emulator.token(id)).params).toMatchObject({
      individual: { first_name: '𠮷'.repeat(100), last_name: 'Lovelace' },
    });
  });

  test('says it in Japanese, and sends nothing', async ({ page, emulator }) => {
    await openAccountForm(page, emulator, { country: 'GB', 'business-type': 'individual', requirements, locale: 'ja' });
    const firstName = page.getByLabel('名（ローマ字）', { exact: true });
    await firstName.fill(tooLong);
    await firstName.blur();
    const message = frameOf(firstName).locator('[part="error"]');
    await expect(message).toHaveText('100文字以内で入力してください（現在101文字）。');
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${screenshotDirectory}/string-limits-ja-${width}.png`, fullPage: true });
    }
    await page.getByRole('button', { name: '送信' }).click();
    await expect(page.getByRole('status').filter({ hasText: '件の項目をご確認ください' })).toBeVisible();
    expect(await tokenRequests(emulator)).toEqual([]);
    await firstName.fill('Ada');
    await page.getByLabel('姓（ローマ字）', { exact: true }).fill('Lovelace');
    await page.getByRole('button', { name: '送信' }).click();
    await expect.poll(async () => (await tokenRequests(emulator)).map((request) => request.status)).toEqual([200]);
  });
});
