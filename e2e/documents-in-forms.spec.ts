// Documents inside the forms: uploaded as soon as they are chosen, their file ids in the token, the
// purpose following the parameter, and a submission that waits for a running upload.
import { buildJpeg, buildPng } from '../src/documents/test-support/fixtures';
import { chooseFiles, emulatorFiles } from './pages/documents-test-support';
import { openAccountForm } from './pages/token-form.helpers';
import { openPersonForm } from './pages/person-form.helpers';
import { expect, test } from './support/fixtures';
import { uploadFaults } from './support/upload-faults';

const front = { name: 'front.jpg', mimeType: 'image/jpeg', bytes: buildJpeg({ width: 64, height: 40 }) };
const back = { name: 'back.png', mimeType: 'image/png', bytes: buildPng({ width: 64, height: 40 }) };

test('a person token carries the identity document sides uploaded with the identity_document purpose', async ({
  page,
  emulator,
}) => {
  await openPersonForm(page, emulator, { requirements: 'first_name verification.document' });
  // The page around the form hears of tokens only, never of the documents behind them.
  await page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    for (const type of ['token-document-change', 'token-document-uploaded']) {
      document.addEventListener(type, () => heard.push(type));
    }
  });
  await page.getByLabel('First name').fill('Jenny');
  const form = page.locator('person-token-form');
  await chooseFiles(form.locator('token-document-upload').nth(0), front);
  await chooseFiles(form.locator('token-document-upload').nth(1), back);
  await expect.poll(async () => (await emulatorFiles(emulator)).length).toBe(2);
  await form.screenshot({ path: 'screenshots/person-documents-uploaded.png' });

  const tokenId = form.evaluate(
    (element) =>
      new Promise<string>((resolve) =>
        element.addEventListener('token-created', (event) =>
          resolve((event as CustomEvent<{ token: { id: string } }>).detail.token.id),
        ),
      ),
  );
  await page.getByRole('button', { name: 'Submit' }).click();
  const token = await emulator.token(await tokenId);
  expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
  const files = await emulatorFiles(emulator);
  expect(files.map((file) => file.purpose)).toEqual(['identity_document', 'identity_document']);
  expect(token.params).toMatchObject({
    first_name: 'Jenny',
    verification: { document: { front: files[0]?.id, back: files[1]?.id } },
  });
});

test('submitting while a document uploads waits for it, visibly, and sends its id', async ({ page, emulator }) => {
  await openPersonForm(page, emulator, {
    requirements: 'first_name verification.document.front',
    'api-version': 'v2',
    account: 'acct_1Nv0FGQ9RKHgCVdK',
  });
  await page.getByLabel('First name').fill('Jenny');
  await uploadFaults(emulator).inject({ type: 'delay', ms: 2500 });
  const form = page.locator('person-token-form');
  await chooseFiles(form.locator('token-document-upload').first(), front);
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(form.locator('[part="status"]')).toContainText('Waiting for your documents');
  await expect(form.locator('[part="status"]')).toContainText(/done|created|saved/i, { timeout: 10_000 });
  const [token] = await emulator.tokens();
  const [file] = await emulatorFiles(emulator);
  expect(token?.params).toMatchObject({
    given_name: 'Jenny',
    documents: { primary_verification: { type: 'front_back', front_back: { front: file?.id } } },
  });
});

test('a failed upload blocks submission at its field until it is retried', async ({ page, emulator }) => {
  await openPersonForm(page, emulator, { requirements: 'first_name verification.document.front' });
  await page.getByLabel('First name').fill('Jenny');
  await uploadFaults(emulator).inject({ type: 'status', status: 503 }, { times: 8 });
  const form = page.locator('person-token-form');
  const upload = form.locator('token-document-upload').first();
  await chooseFiles(upload, front);
  await expect(upload).toContainText(/try again/i, { timeout: 45_000 });
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(form.getByText('This document didn’t upload. Try again, or choose another file.')).toBeVisible();
  expect((await emulator.requests()).filter((request) => request.path === '/v1/tokens')).toEqual([]);

  await uploadFaults(emulator).reset();
  await upload.getByRole('button', { name: /try again/i }).click();
  await expect.poll(async () => (await emulatorFiles(emulator)).length).toBe(1);
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect.poll(async () => (await emulator.tokens()).length).toBe(1);
});

test('a company verification document is uploaded with the additional_verification purpose (v1)', async ({
  page,
  emulator,
}) => {
  await openAccountForm(page, emulator, {
    'business-type': 'company',
    requirements: 'company.name company.verification.document.front tos_acceptance.date',
  });
  await page.getByLabel('Legal business name').fill('Rocket Rides LLC');
  const form = page.locator('account-token-form');
  await chooseFiles(form.locator('token-document-upload').first(), front);
  await expect.poll(async () => (await emulatorFiles(emulator)).length).toBe(1);
  await form.getByRole('checkbox').last().check();
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect.poll(async () => (await emulator.tokens()).length).toBe(1);
  const [file] = await emulatorFiles(emulator);
  const [token] = await emulator.tokens();
  expect(file?.purpose).toBe('additional_verification');
  expect(token?.params).toMatchObject({
    company: { name: 'Rocket Rides LLC', verification: { document: { front: file?.id } } },
  });
});
