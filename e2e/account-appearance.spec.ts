import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { openAccountForm, screenshotDirectory } from './pages/token-form.helpers';

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'horizontal scrolling').toBeLessThanOrEqual(0);
}

test.describe('account-token-form appearance', () => {
  for (const width of [320, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`a company form fits ${width} px and is accessible, empty and invalid (${colorScheme})`, async ({
        page,
        emulator,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await openAccountForm(page, emulator, {
          country: 'US',
          'terms-url': 'https://example.com/terms',
          requirements:
            'business_type company.name company.structure company.phone company.tax_id company.registration_date company.owners_provided company.ownership_declaration tos_acceptance',
        });
        await page.getByLabel('Business type').selectOption('company');
        await expectNoHorizontalScroll(page);
        await expectNoAxeViolations(page);
        await page.screenshot({
          path: `${screenshotDirectory}/account-${width}-${colorScheme}-company.png`,
          fullPage: true,
        });
        await page.getByRole('button', { name: 'Submit' }).click();
        await expect(page.getByRole('status').filter({ hasText: 'need your attention' })).toBeVisible();
        await expectNoHorizontalScroll(page);
        await expectNoAxeViolations(page);
        await page.screenshot({
          path: `${screenshotDirectory}/account-${width}-${colorScheme}-invalid.png`,
          fullPage: true,
        });
      });
    }
  }

  test('speaks Japanese throughout at 320 px: choice, structures, declarations and terms', async ({
    page,
    emulator,
  }) => {
    await page.setViewportSize({ width: 320, height: 900 });
    await openAccountForm(page, emulator, {
      country: 'JP',
      locale: 'ja',
      lang: 'ja',
      'terms-url': 'https://example.com/terms',
      requirements:
        'business_type company.name company.name_kana company.name_kanji company.structure company.ownership_declaration tos_acceptance',
    });
    await page.getByLabel('事業形態').selectOption('company');
    await expect(page.getByLabel('事業形態').getByRole('option', { name: '法人' })).toHaveCount(1);
    await expect(page.getByRole('link', { name: /利用規約を読む/ })).toBeVisible();
    await expect(
      page.getByRole('checkbox', { name: 'この事業者の所有者に関する情報が完全かつ正確であることを確認します。' }),
    ).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${screenshotDirectory}/account-320-japanese.png`, fullPage: true });
  });
});
