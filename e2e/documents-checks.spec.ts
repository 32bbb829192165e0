import { expect, test } from './support/fixtures';
import {
  chooseFiles,
  emulatorFiles,
  fileUploadRequests,
  openDocumentsPage,
  screenshotDirectory,
} from './pages/documents-test-support';
import type { FixtureFile } from './pages/documents-test-support';
import { uploadFaults } from './support/upload-faults';
import { buildJpeg, buildPdf, buildPng, cutEnd, textFile } from '../src/documents/test-support/fixtures';

const jpeg = buildJpeg({ width: 64, height: 64 });
const png = buildPng({ width: 16, height: 16 });
const pdf = buildPdf();

const badFiles: readonly (FixtureFile & { message: string; slug: string })[] = [
  {
    slug: 'text-as-jpg',
    name: 'licence.jpg',
    mimeType: 'image/jpeg',
    bytes: textFile(),
    message: 'This file isn’t a JPG, PNG or PDF. Choose a photo or a PDF scan.',
  },
  { slug: 'empty', name: 'empty.png', mimeType: 'image/png', bytes: new Uint8Array(0), message: 'This file is empty.' },
  {
    slug: 'truncated-jpeg',
    name: 'photo.jpg',
    mimeType: 'image/jpeg',
    bytes: cutEnd(jpeg, 2),
    message: 'This JPEG file is incomplete, perhaps from an interrupted download. Save or take it again.',
  },
  {
    slug: 'truncated-png',
    name: 'scan.png',
    mimeType: 'image/png',
    bytes: cutEnd(png, 12),
    message: 'This PNG file is incomplete',
  },
  {
    slug: 'truncated-pdf',
    name: 'scan.pdf',
    mimeType: 'application/pdf',
    bytes: pdf.slice(0, 100),
    message: 'This PDF file is incomplete',
  },
  {
    slug: 'pdf-over-10mb',
    name: 'statement.pdf',
    mimeType: 'application/pdf',
    bytes: buildPdf({ padToBytes: 10 * 1024 * 1024 + 1 }),
    message: 'This file is larger than 10 MB. Choose a smaller file.',
  },
  {
    // The header claims 8001 × 8001 px, the data holds one row: too big to send, and no photo to shrink.
    slug: 'lying-png-header',
    name: 'wide.png',
    mimeType: 'image/png',
    bytes: buildPng({ width: 4, height: 1, declaredSize: { width: 8001, height: 8001 } }),
    message: 'This image can’t be read. Take the photo again or choose another file.',
  },
];

test.describe('document checks before upload', () => {
  for (const bad of badFiles) {
    test(`refuses ${bad.slug} at the field and sends nothing`, async ({ page, emulator, consoleErrors }) => {
      const field = await openDocumentsPage(page, emulator);
      await chooseFiles(field, bad);
      const error = field.getByRole('alert').filter({ hasText: bad.message });
      await expect(error).toBeVisible({ timeout: 10_000 });
      // The message is tied to the button the user acts with.
      await expect(field.getByRole('button', { name: /Choose file/ })).toHaveAccessibleDescription(
        new RegExp(bad.message.slice(0, 20)),
      );
      expect(
        await field.evaluate((element) => (element as HTMLElementTagNameMap['token-document-upload']).status),
      ).toBe('failed');
      await field.screenshot({ path: `${screenshotDirectory}/documents-refused-${bad.slug}.png` });
      expect(await fileUploadRequests(emulator)).toBe(0);
      expect(await emulatorFiles(emulator)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  }

  test('a refused replacement keeps the uploaded file, and the next good file clears the message', async ({
    page,
    emulator,
  }) => {
    const field = await openDocumentsPage(page, emulator);
    await chooseFiles(field, { name: 'front.jpg', mimeType: 'image/jpeg', bytes: jpeg });
    await expect(field.getByRole('listitem').getByText('Uploaded', { exact: true })).toBeVisible();
    const [first] = await emulatorFiles(emulator);

    await chooseFiles(field, { name: 'notes.jpg', mimeType: 'image/jpeg', bytes: textFile() });
    await expect(field.getByRole('alert').filter({ hasText: 'isn’t a JPG, PNG or PDF' })).toBeVisible();
    expect(await field.evaluate((element) => (element as HTMLElementTagNameMap['token-document-upload']).value)).toBe(
      first?.id,
    );
    expect(await field.evaluate((element) => (element as HTMLElementTagNameMap['token-document-upload']).status)).toBe(
      'uploaded',
    );

    await chooseFiles(field, { name: 'front.png', mimeType: 'image/png', bytes: png });
    await expect(field.getByRole('alert').filter({ hasText: 'isn’t a JPG, PNG or PDF' })).toHaveCount(0);
    await expect.poll(async () => (await emulatorFiles(emulator)).length).toBe(2);
  });

  test('a required field reports a missing file, and an upload in progress, to the form', async ({
    page,
    emulator,
  }) => {
    await uploadFaults(emulator).inject({ type: 'delay', ms: 1500 });
    const field = await openDocumentsPage(page, emulator, { required: '1' });
    const report = () =>
      field.evaluate((element) => (element as HTMLElementTagNameMap['token-document-upload']).reportValidity());
    expect(await report()).toBe(false);
    await expect(field.getByRole('alert').filter({ hasText: 'Add a file.' })).toBeVisible();

    await chooseFiles(field, { name: 'front.jpg', mimeType: 'image/jpeg', bytes: jpeg });
    expect(await report()).toBe(false);
    await expect(field.getByRole('alert').filter({ hasText: 'Wait for the upload to finish.' })).toBeVisible();
    await expect(field).toHaveJSProperty('valid', false);
    await expect(field.getByRole('listitem').getByText('Uploaded', { exact: true })).toBeVisible();
    expect(await report()).toBe(true);
    await expect(field.getByRole('alert').filter({ hasText: /./ })).toHaveCount(0);
  });
});
