import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, type EmulatorAdmin } from './support/fixtures';
import { openAccountForm, screenshotDirectory } from './pages/token-form.helpers';
import { recordEvents, recordedEvents } from './pages/person-form.helpers';

mkdirSync(screenshotDirectory, { recursive: true });

const requirements = 'individual.first_name individual.last_name';

const tokenRequests = async (emulator: EmulatorAdmin) =>
  (await emulator.requests()).filter((request) => request.path === '/v1/tokens');

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'horizontal scrolling').toBeLessThanOrEqual(0);
}

test.describe('metadata limits', () => {
  test('an over-long metadata key is named in the configuration banner and token-error; nothing is sent', async ({
    page,
    emulator,
  }) => {
    const longKey = 'platform_reference_for_this_connected_acct';
    expect(longKey.length).toBe(42);
    await openAccountForm(page, emulator, { country: 'GB', 'business-type': 'individual', requirements });
    await recordEvents(page);
    const form = page.locator('account-token-form');
    await form.evaluate((element, key) => {
      (element as HTMLElement & { metadata: Record<string, string> }).metadata = { [key]: 'user_42' };
    }, longKey);
    const banner = page.getByRole('alert').filter({ hasText: 'This form is not set up correctly' });
    await expect(banner).toContainText(`The metadata key “${longKey}” is longer than 40 characters.`);
    await page.getByLabel('First name', { exact: true }).fill('Ada');
    await page.getByLabel('Last name', { exact: true }).fill('Lovelace');
    await expectNoAxeViolations(page);
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoHorizontalScroll(page);
      await page.screenshot({ path: `${screenshotDirectory}/metadata-limits-en-${width}.png`, fullPage: true });
    }
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect
      .poll(async () => (await recordedEvents(page)).filter((event) => event.type === 'token-error'))
      .toEqual([
        {
          type: 'token-error',
          detail: {
            error: expect.objectContaining({ type: 'configuration_error', code: 'invalid_metadata' }) as unknown,
          },
        },
      ]);
    expect(await tokenRequests(emulator)).toEqual([]);

    // Metadata within the limits clears the banner and goes with the token.
    await form.evaluate((element) => {
      (element as HTMLElement & { metadata: Record<string, string> }).metadata = { platform_ref: 'user_42' };
    });
    await expect(banner).toHaveCount(0);
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your details were saved.' })).toBeVisible();
    const [token] = await emulator.tokens();
    expect(token?.params).toMatchObject({ individual: { metadata: { platform_ref: 'user_42' } } });
  });

  test('names the key in Japanese too', async ({ page, emulator }) => {
    await openAccountForm(page, emulator, { country: 'JP', 'business-type': 'individual', locale: 'ja' });
    await page.locator('account-token-form').evaluate((element) => {
      (element as HTMLElement & { metadata: Record<string, string> }).metadata = { 'order[id]': '42' };
    });
    await expect(page.getByRole('alert')).toContainText(
      'メタデータのキー「order[id]」に Stripe が受け付けない [ または ] が含まれています。',
    );
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoHorizontalScroll(page);
      await page.screenshot({ path: `${screenshotDirectory}/metadata-limits-ja-${width}.png`, fullPage: true });
    }
  });
});
