import type { JSHandle, Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { emulatorFiles, openDocumentsPage, screenshotDirectory } from './pages/documents-test-support';
import { buildJpeg, buildPng } from '../src/documents/test-support/fixtures';

const jpeg = buildJpeg({ width: 200, height: 120, color: [30, 140, 90] });
const png = buildPng({ width: 60, height: 40 });

/** A DataTransfer holding one file, made in the page as a drag or a clipboard would carry it. */
function transferOf(page: Page, bytes: Uint8Array, name: string, type: string): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle(
    ({ data, fileName, fileType }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], fileName, { type: fileType }));
      return transfer;
    },
    { data: [...bytes], fileName: name, fileType: type },
  );
}

async function expectUploaded(field: Locator): Promise<void> {
  await expect(field.getByRole('listitem').getByText('Uploaded', { exact: true })).toBeVisible();
}

test.describe('ways to give a document', () => {
  test('the visible button opens the real file picker, from the keyboard too', async ({ page, emulator }) => {
    const field = await openDocumentsPage(page, emulator);
    const choose = field.getByRole('button', { name: 'Choose file Front of ID document' });
    await expect(choose).toHaveAccessibleDescription(/all four corners visible.*JPG, PNG or PDF, up to 10 MB/);

    await page.keyboard.press('Tab');
    await expect(choose).toBeFocused();
    await field.screenshot({ path: `${screenshotDirectory}/documents-focus.png` });

    const chooserPromise = page.waitForEvent('filechooser');
    await page.keyboard.press('Enter');
    const chooser = await chooserPromise;
    expect(chooser.isMultiple()).toBe(false);
    expect(await chooser.element().getAttribute('accept')).toBe('image/jpeg,image/png,application/pdf');
    await chooser.setFiles({ name: 'front.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(jpeg) });
    await expectUploaded(field);
    expect(await emulatorFiles(emulator)).toHaveLength(1);
  });

  test('a file dropped onto the field is uploaded; the field shows where to drop', async ({ page, emulator }) => {
    const field = await openDocumentsPage(page, emulator);
    const dropzone = field.locator('[part="dropzone"]');
    const dataTransfer = await transferOf(page, jpeg, 'front.jpg', 'image/jpeg');
    await dropzone.dispatchEvent('dragenter', { dataTransfer });
    await dropzone.dispatchEvent('dragover', { dataTransfer });
    await expect(field.getByText('Drop the file to upload it')).toBeVisible();
    await field.screenshot({ path: `${screenshotDirectory}/documents-dragging.png` });
    await dropzone.dispatchEvent('drop', { dataTransfer });
    await expectUploaded(field);
    await expect(field.getByText('or drop or paste it here')).toBeVisible();
    expect(await emulatorFiles(emulator)).toHaveLength(1);
  });

  test('an image pasted while the field has focus is uploaded', async ({ page, emulator }) => {
    const field = await openDocumentsPage(page, emulator);
    await field.getByRole('button', { name: /Choose file/ }).focus();
    const clipboardData = await transferOf(page, png, 'image.png', 'image/png');
    await page.evaluate((data) => {
      // Paste goes to the focused element, inside the field's shadow root.
      const host = document.querySelector('token-document-upload');
      const focused = host?.shadowRoot?.activeElement;
      focused?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true, cancelable: true }),
      );
    }, clipboardData);
    await expectUploaded(field);
    const [file] = await emulatorFiles(emulator);
    expect(file?.type).toBe('png');
  });

  test('a single-file field takes drops anywhere on it, uses only the first of several files and says so', async ({
    page,
    emulator,
  }) => {
    const field = await openDocumentsPage(page, emulator);
    const dataTransfer = await page.evaluateHandle(
      ({ first, second }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(first)], 'a.jpg', { type: 'image/jpeg' }));
        transfer.items.add(new File([new Uint8Array(second)], 'b.png', { type: 'image/png' }));
        return transfer;
      },
      { first: [...jpeg], second: [...png] },
    );
    await field.locator('[part="label"]').dispatchEvent('drop', { dataTransfer });
    await expectUploaded(field);
    await expect(field.getByText('Only the first file was used: this field takes one file.')).toBeVisible();
    await expect(field.getByRole('listitem')).toHaveCount(1);
    expect((await emulatorFiles(emulator)).map((file) => file.type)).toEqual(['jpg']);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('offers the rear camera through a second, image-only input', async ({ page, emulator }) => {
    const field = await openDocumentsPage(page, emulator);
    const camera = field.getByRole('button', { name: 'Take photo Front of ID document' });
    await expect(camera).toBeVisible();
    const chooserPromise = page.waitForEvent('filechooser');
    await camera.click();
    const chooser = await chooserPromise;
    const input = chooser.element();
    expect(await input.getAttribute('capture')).toBe('environment');
    expect(await input.getAttribute('accept')).toBe('image/jpeg,image/png');
    await field.screenshot({ path: `${screenshotDirectory}/documents-phone.png` });
    await chooser.setFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(jpeg) });
    await expectUploaded(field);
    expect(await emulatorFiles(emulator)).toHaveLength(1);
  });
});
