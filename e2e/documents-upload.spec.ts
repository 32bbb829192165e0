import { expect, test } from './support/fixtures';
import {
  chooseFiles,
  emulatorFiles,
  eventLog,
  fileUploadRequests,
  openDocumentsPage,
  screenshotDirectory,
} from './pages/documents-test-support';
import type { FixtureFile } from './pages/documents-test-support';
import { uploadFaults } from './support/upload-faults';
import { buildJpeg, buildPdf, buildPng } from '../src/documents/test-support/fixtures';

const jpeg: FixtureFile = {
  name: 'licence-front.jpg',
  mimeType: 'image/jpeg',
  bytes: buildJpeg({ width: 320, height: 200 }),
};
const png: FixtureFile = {
  name: 'licence-back.png',
  mimeType: 'image/png',
  bytes: buildPng({ width: 300, height: 190 }),
};
const pdf: FixtureFile = { name: 'statement.pdf', mimeType: 'application/pdf', bytes: buildPdf() };
const pngNamedPdf: FixtureFile = {
  name: 'passport.pdf',
  mimeType: 'application/pdf',
  bytes: buildPng({ width: 40, height: 30 }),
};

test.describe('document upload', () => {
  for (const [description, fixture, type, mimeType, thumbnail] of [
    ['a JPEG photo', jpeg, 'jpg', 'image/jpeg', true],
    ['a PNG image', png, 'png', 'image/png', true],
    ['a PDF scan', pdf, 'pdf', 'application/pdf', false],
    ['a PNG named .pdf (sent as the PNG it is)', pngNamedPdf, 'png', 'image/png', true],
  ] as const) {
    test(`uploads ${description} as soon as it is chosen and yields its file id`, async ({
      page,
      emulator,
      consoleErrors,
    }) => {
      const field = await openDocumentsPage(page, emulator);
      await chooseFiles(field, fixture);

      await expect(field.getByRole('listitem').getByText('Uploaded', { exact: true })).toBeVisible();
      const [file, ...others] = await emulatorFiles(emulator);
      expect(others).toEqual([]);
      expect(file).toMatchObject({ purpose: 'identity_document', type, mimeType, size: fixture.bytes.length });
      // The user's file name never leaves: a neutral one is sent instead.
      expect(file?.filename).toBe(`document.${type}`);

      expect(await field.evaluate((element) => (element as HTMLElementTagNameMap['token-document-upload']).value)).toBe(
        file?.id,
      );
      await expect(eventLog(page)).toContainText([`uploaded verification.document ${file?.id}`]);
      await expect(eventLog(page).last()).toHaveText(`change verification.document uploaded "${file?.id}" valid`);
      // Events carry ids and status only.
      await expect(page.getByRole('list', { name: 'Events' })).not.toContainText(fixture.name);

      if (thumbnail) {
        const image = field.getByRole('img', { name: 'Preview: Front of ID document' });
        await expect(image).toBeVisible();
        expect(await image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
      } else {
        await expect(field.getByRole('img')).toHaveCount(0);
      }
      await expect(field.getByRole('button', { name: /Replace file/ })).toBeVisible();
      await field.screenshot({
        path: `${screenshotDirectory}/documents-uploaded-${type}${fixture === pngNamedPdf ? '-renamed' : ''}.png`,
      });
      expect(consoleErrors).toEqual([]);
    });
  }

  test('a list field takes several files with the account_requirement purpose', async ({ page, emulator }) => {
    const field = await openDocumentsPage(page, emulator, {
      multiple: '1',
      purpose: 'account_requirement',
      name: 'documents.passport.files',
      label: 'Passport pages',
    });
    await expect(field.getByRole('button', { name: /Choose files/ })).toBeVisible();
    await chooseFiles(field, jpeg, pdf);
    await expect(field.getByRole('listitem').getByText('Uploaded', { exact: true })).toHaveCount(2);
    const files = await emulatorFiles(emulator);
    expect(files.map((file) => file.purpose)).toEqual(['account_requirement', 'account_requirement']);
    const value = await field.evaluate((element) => (element as HTMLElementTagNameMap['token-document-upload']).value);
    expect([...(value as string[])].sort()).toEqual(files.map((file) => file.id).sort());
    await expect(field.getByRole('button', { name: /Add another file/ })).toBeVisible();
    await field.screenshot({ path: `${screenshotDirectory}/documents-list.png` });
  });

  test('shows progress while a slow upload runs, and whenSettled waits for it', async ({ page, emulator }) => {
    await uploadFaults(emulator).inject({ type: 'delay', ms: 2500 });
    const field = await openDocumentsPage(page, emulator);
    await chooseFiles(field, jpeg);

    const progress = field.getByRole('progressbar', { name: 'Upload progress: Front of ID document' });
    await expect(progress).toBeVisible();
    await expect(field.getByRole('listitem').getByText('Sent. Waiting for confirmation…')).toBeVisible();
    expect(await field.evaluate((element) => (element as HTMLElementTagNameMap['token-document-upload']).status)).toBe(
      'uploading',
    );
    await expect(page.getByRole('status')).toHaveText('Uploading… 0%');
    await field.screenshot({ path: `${screenshotDirectory}/documents-uploading.png` });

    const settledStatus = await field.evaluate(async (element) => {
      const upload = element as HTMLElementTagNameMap['token-document-upload'];
      await upload.whenSettled();
      return upload.status;
    });
    expect(settledStatus).toBe('uploaded');
    await expect(progress).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText('Uploaded');
  });

  test('a 500 answer is retried and creates exactly one file', async ({ page, emulator }) => {
    await uploadFaults(emulator).inject({ type: 'status', status: 500 });
    const field = await openDocumentsPage(page, emulator);
    await chooseFiles(field, png);
    await expect(field.getByRole('listitem').getByText('Uploaded', { exact: true })).toBeVisible();
    expect(await emulatorFiles(emulator)).toHaveLength(1);
    expect(await fileUploadRequests(emulator)).toBe(2);
  });

  test('a dropped connection is retried', async ({ page, emulator }) => {
    await uploadFaults(emulator).inject({ type: 'drop' });
    const field = await openDocumentsPage(page, emulator);
    await chooseFiles(field, jpeg);
    await expect(field.getByRole('listitem').getByText('Uploaded', { exact: true })).toBeVisible();
    expect(await emulatorFiles(emulator)).toHaveLength(1);
  });

  test('an upload that keeps failing is shown at the field, blocks validity, and Try again recovers', async ({
    page,
    emulator,
  }) => {
    await uploadFaults(emulator).inject({ type: 'status', status: 503 }, { times: 4 });
    const field = await openDocumentsPage(page, emulator, { required: '1' });
    await chooseFiles(field, jpeg);
    await expect(field.getByText('The upload service is busy. Try again in a moment.')).toBeVisible({
      timeout: 15_000,
    });
    expect(await field.evaluate((element) => (element as HTMLElementTagNameMap['token-document-upload']).valid)).toBe(
      false,
    );
    await expect(eventLog(page).last()).toHaveText('change verification.document failed null invalid');
    await field.screenshot({ path: `${screenshotDirectory}/documents-failed.png` });

    await uploadFaults(emulator).reset();
    await field.getByRole('button', { name: 'Try again' }).click();
    await expect(field.getByRole('listitem').getByText('Uploaded', { exact: true })).toBeVisible();
    expect(await emulatorFiles(emulator)).toHaveLength(1);
    expect(await field.evaluate((element) => (element as HTMLElementTagNameMap['token-document-upload']).valid)).toBe(
      true,
    );
  });

  test('cancel stops a running upload: no file is created and the field is empty again', async ({ page, emulator }) => {
    await uploadFaults(emulator).inject({ type: 'delay', ms: 3000 });
    const field = await openDocumentsPage(page, emulator);
    await chooseFiles(field, jpeg);
    await field.getByRole('button', { name: 'Cancel upload' }).click();

    await expect(field.getByRole('listitem')).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText('Upload cancelled.');
    await expect(field.getByRole('button', { name: /Choose file/ })).toBeFocused();
    expect(await field.evaluate((element) => (element as HTMLElementTagNameMap['token-document-upload']).status)).toBe(
      'idle',
    );
    // Past the delay: the server would have stored the file by now had the request gone on.
    await page.waitForTimeout(3500);
    expect(await emulatorFiles(emulator)).toEqual([]);
    await expect(eventLog(page).last()).toHaveText('change verification.document idle null valid');
  });

  test('replacing a file uploads the new one and revokes the old thumbnail', async ({ page, emulator }) => {
    const field = await openDocumentsPage(page, emulator);
    await chooseFiles(field, jpeg);
    const thumbnail = field.getByRole('img', { name: 'Preview: Front of ID document' });
    await expect(field.getByRole('listitem').getByText('Uploaded', { exact: true })).toBeVisible();
    const firstUrl = await thumbnail.getAttribute('src');
    expect(firstUrl).toMatch(/^blob:/);

    await chooseFiles(field, png);
    await expect(thumbnail).not.toHaveAttribute('src', firstUrl ?? '');
    await expect(field.getByRole('listitem').getByText('Uploaded', { exact: true })).toHaveCount(1);
    const files = await emulatorFiles(emulator);
    expect(files).toHaveLength(2);
    expect(await field.evaluate((element) => (element as HTMLElementTagNameMap['token-document-upload']).value)).toBe(
      files[1]?.id,
    );
    const oldUrlStillLoads = await page.evaluate(
      async (url) =>
        fetch(url).then(
          () => true,
          () => false,
        ),
      firstUrl ?? '',
    );
    expect(oldUrlStillLoads).toBe(false);
  });

  test('Remove forgets the file and revokes its thumbnail', async ({ page, emulator }) => {
    const field = await openDocumentsPage(page, emulator, { required: '1' });
    await chooseFiles(field, png);
    await expect(field.getByRole('listitem').getByText('Uploaded', { exact: true })).toBeVisible();
    const url = await field.getByRole('img').getAttribute('src');
    await field.getByRole('button', { name: 'Remove file' }).click();
    await expect(field.getByRole('listitem')).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText('File removed.');
    expect(
      await page.evaluate(
        async (src) =>
          fetch(src).then(
            () => true,
            () => false,
          ),
        url ?? '',
      ),
    ).toBe(false);
    await expect(eventLog(page).last()).toHaveText('change verification.document idle null invalid');
  });

  test('a photo over 8000 px is downscaled in the browser and the user is told', async ({ page, emulator }) => {
    const field = await openDocumentsPage(page, emulator);
    await chooseFiles(field, {
      name: 'panorama.png',
      mimeType: 'image/png',
      bytes: buildPng({ width: 8001, height: 40 }),
    });
    await expect(
      field.getByRole('listitem').getByText('The photo was larger than allowed, so a smaller copy was uploaded.'),
    ).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(
      'Uploaded. The photo was larger than allowed, so a smaller copy was uploaded.',
    );
    const [file] = await emulatorFiles(emulator);
    expect(file).toMatchObject({ type: 'jpg', mimeType: 'image/jpeg' });
    await field.screenshot({ path: `${screenshotDirectory}/documents-downscaled.png` });
  });

  test('a photo over 10 MB is downscaled below the limit', async ({ page, emulator }) => {
    // Building a 10 MB noise PNG and encoding it again in the page is CPU-bound: slow on a shared machine.
    test.slow();
    const noisy = buildPng({ width: 1900, height: 1900, pixels: 'noise' });
    expect(noisy.length).toBeGreaterThan(10 * 1024 * 1024);
    const field = await openDocumentsPage(page, emulator);
    await chooseFiles(field, { name: 'big.png', mimeType: 'image/png', bytes: noisy });
    await expect(
      field.getByRole('listitem').getByText('The photo was larger than allowed, so a smaller copy was uploaded.'),
    ).toBeVisible({
      timeout: 20_000,
    });
    await expect(field.getByRole('listitem').getByText('Uploaded', { exact: true })).toBeVisible();
    const [file] = await emulatorFiles(emulator);
    expect(file?.type).toBe('jpg');
    expect(file?.size).toBeLessThanOrEqual(10 * 1024 * 1024);
  });
});
