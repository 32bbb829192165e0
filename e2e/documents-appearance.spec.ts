import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { chooseFiles, openDocumentsPage, screenshotDirectory } from './pages/documents-test-support';
import { uploadFaults } from './support/upload-faults';
import { buildJpeg, buildPng, textFile } from '../src/documents/test-support/fixtures';

const jpeg = buildJpeg({ width: 240, height: 150, color: [200, 150, 60] });
const png = buildPng({ width: 240, height: 150, pixels: [70, 90, 160] });

test.describe('document field appearance and accessibility', () => {
  test('front and back as two fields: no accessibility violations when empty, uploaded, refused or failed', async ({
    page,
    emulator,
  }) => {
    // Four accessibility scans with uploads between them: a slow test on a small, busy machine.
    test.slow();
    const front = await openDocumentsPage(page, emulator, { sides: 'front-back', required: '1' });
    const back = page.locator('token-document-upload').nth(1);
    await expect(page.getByRole('group', { name: 'Front of ID document' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Back of ID document' })).toBeVisible();
    await expectNoAxeViolations(page, { include: '#fields' });

    await chooseFiles(front, { name: 'front.jpg', mimeType: 'image/jpeg', bytes: jpeg });
    await chooseFiles(back, { name: 'back.txt.jpg', mimeType: 'image/jpeg', bytes: textFile() });
    await expect(front.getByRole('listitem').getByText('Uploaded', { exact: true })).toBeVisible();
    await expect(back.getByRole('alert').filter({ hasText: 'isn’t a JPG' })).toBeVisible();
    await expectNoAxeViolations(page, { include: '#fields' });
    await page.locator('#fields').screenshot({ path: `${screenshotDirectory}/documents-front-back.png` });

    await uploadFaults(emulator).inject({ type: 'status', status: 500 }, { times: 4 });
    await chooseFiles(back, { name: 'back.png', mimeType: 'image/png', bytes: png });
    await expect(back.getByRole('button', { name: 'Try again' })).toBeVisible({ timeout: 15_000 });
    await expectNoAxeViolations(page, { include: '#fields' });
  });

  test('speaks Japanese with locale="ja"', async ({ page, emulator }) => {
    const field = await openDocumentsPage(page, emulator, { locale: 'ja', label: '本人確認書類（表面）' });
    await expect(field.getByText('四隅がすべて写り')).toBeVisible();
    await expect(field.getByRole('button', { name: 'ファイルを選択 本人確認書類（表面）' })).toBeVisible();
    await chooseFiles(field, { name: 'front.jpg', mimeType: 'image/jpeg', bytes: jpeg });
    await expect(field.getByRole('listitem').getByText('アップロード完了', { exact: true })).toBeVisible();
    await chooseFiles(field, { name: 'note.jpg', mimeType: 'image/jpeg', bytes: textFile() });
    await expect(field.getByRole('alert').filter({ hasText: 'JPG・PNG・PDF 以外のファイルです' })).toBeVisible();
    await field.screenshot({ path: `${screenshotDirectory}/documents-ja.png` });
  });

  test('follows the page language while locale is auto', async ({ page, emulator }) => {
    const field = await openDocumentsPage(page, emulator);
    await expect(field.getByText('Use a sharp colour photo')).toBeVisible();
    await page.evaluate(() => {
      document.documentElement.lang = 'ja';
    });
    await expect(field.getByText('四隅がすべて写り')).toBeVisible();
    await expect(field.getByRole('button', { name: 'ファイルを選択 Front of ID document' })).toBeVisible();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`fits 320 px without horizontal scrolling (${colorScheme})`, async ({ page, emulator }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.emulateMedia({ colorScheme });
      const field = await openDocumentsPage(page, emulator, { multiple: '1', label: 'Proof of address' });
      await chooseFiles(field, { name: 'bill.png', mimeType: 'image/png', bytes: png });
      await expect(field.getByRole('listitem').getByText('Uploaded', { exact: true })).toBeVisible();
      await chooseFiles(field, { name: 'empty.png', mimeType: 'image/png', bytes: new Uint8Array(0) });
      await expect(field.getByRole('alert').filter({ hasText: 'This file is empty.' })).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      // Every button is a comfortable target (at least 24 × 24 CSS px).
      for (const box of await field
        .getByRole('button')
        .evaluateAll((buttons) =>
          buttons.filter((button) => button.checkVisibility()).map((button) => button.getBoundingClientRect()),
        )) {
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
      if (colorScheme === 'dark') await expectNoAxeViolations(page, { include: '#fields' });
      await page.screenshot({ path: `${screenshotDirectory}/documents-320-${colorScheme}.png`, fullPage: true });
    });
  }

  test('takes its colours from the public theme properties', async ({ page, emulator }) => {
    const field = await openDocumentsPage(page, emulator);
    await field.evaluate((element) => {
      (element as HTMLElement).style.setProperty('--token-form-color-accent', 'rgb(0, 100, 0)');
    });
    await expect(field.getByRole('button', { name: /Choose file/ })).toHaveCSS('background-color', 'rgb(0, 100, 0)');
    await expect(field.locator('[part="dropzone"]')).toBeVisible();
  });
});
