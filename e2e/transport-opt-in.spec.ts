// The opt-in headers, against an emulator that allows every header Stripe's SDKs send (what Stripe itself
// allows cross-origin is not documented for them). Worker-scoped, so the whole file runs that way.
import { buildJpeg } from '../src/documents/test-support/fixtures';
import { chooseFiles, emulatorFiles } from './pages/documents-test-support';
import { openPersonForm, recordEvents, recordedEvents, screenshotDirectory } from './pages/person-form.helpers';
import { fillPerson, requirements, saved, submitPerson, watchEmulatorTraffic } from './pages/transport.helpers';
import { expect, test } from './support/fixtures';

test.use({ emulatorCors: 'lenient' });

const front = { name: 'front.jpg', mimeType: 'image/jpeg', bytes: buildJpeg({ width: 64, height: 40 }) };

test.describe('the idempotency-header attribute', () => {
  test('costs a preflight: two round trips, the key on the POST', async ({ page, emulator }) => {
    const traffic = await watchEmulatorTraffic(page, emulator);
    await submitPerson(page, emulator, { 'idempotency-header': '' });
    await expect(saved(page)).toBeVisible();

    // The counter that finds exactly one request without the header sees the preflight here. Chromium may
    // report the POST before the preflight it waits on, so the order of the two is not compared.
    expect(traffic().sort((a, b) => a.method.localeCompare(b.method))).toEqual([
      { method: 'OPTIONS', path: '/v1/tokens' },
      { method: 'POST', path: '/v1/tokens' },
    ]);
    expect((await emulator.preflights()).map((preflight) => preflight.requestedHeaders)).toEqual([['idempotency-key']]);
    const [post] = await emulator.requests();
    expect(post?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('a v1 Stripe-Version is sent only when set, and costs a preflight too', async ({ page, emulator }) => {
    await submitPerson(page, emulator, { 'stripe-version': '2025-01-27.acacia' });
    await expect(saved(page)).toBeVisible();
    expect((await emulator.preflights()).map((preflight) => preflight.requestedHeaders)).toEqual([['stripe-version']]);
    expect((await emulator.requests())[0]).toMatchObject({ stripeVersion: '2025-01-27.acacia', idempotencyKey: null });
  });

  test('goes with document uploads as well', async ({ page, emulator }) => {
    await openPersonForm(page, emulator, {
      requirements: 'first_name verification.document.front',
      'idempotency-header': '',
    });
    const upload = page.locator('person-token-form').locator('token-document-upload').first();
    await chooseFiles(upload, front);
    await expect.poll(async () => (await emulatorFiles(emulator)).length).toBe(1);
    expect([...((await emulator.preflights())[0]?.requestedHeaders ?? [])].sort()).toEqual([
      'authorization',
      'idempotency-key',
    ]);
    expect((await emulator.requests())[0]?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('a failed request is shown above the form with a retry that reuses the idempotency key: one token', async ({
    page,
    emulator,
  }) => {
    await openPersonForm(page, emulator, { country: 'GB', requirements, 'idempotency-header': '' });
    await recordEvents(page);
    await fillPerson(page);
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
    await page.screenshot({ path: `${screenshotDirectory}/person-request-failed-idempotent.png`, fullPage: true });
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your details were saved.' })).toBeVisible();

    const posts = (await emulator.requests()).filter(
      (request) => request.method === 'POST' && request.path === '/v1/tokens',
    );
    expect(posts).toHaveLength(2);
    expect(posts[0]?.idempotencyKey).toBeTruthy();
    expect(posts[1]?.idempotencyKey).toBe(posts[0]?.idempotencyKey);
    expect(await emulator.tokens()).toHaveLength(1);
    const types = (await recordedEvents(page)).map((event) => event.type).filter((type) => type !== 'validity-change');
    expect(types).toEqual(['submit-start', 'token-error', 'submit-start', 'token-created']);
  });
});
