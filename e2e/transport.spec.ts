// What the elements send over the wire, cross-origin, as Chromium sends it: v1 tokens as CORS simple
// requests (one round trip, no preflight), uploads and v2 with only the headers their APIs need, and the
// idempotency header only when the page opts in. The worker's emulator runs with strict CORS unless a
// block says otherwise, so a request that needs more than Stripe is known to allow fails here.
import { buildJpeg } from '../src/documents/test-support/fixtures';
import { chooseFiles, emulatorFiles } from './pages/documents-test-support';
import { openPersonForm, recordEvents, recordedEvents } from './pages/person-form.helpers';
import { openAccountForm } from './pages/token-form.helpers';
import { fillPerson, requirements, saved, submitPerson, watchEmulatorTraffic } from './pages/transport.helpers';
import { expect, test } from './support/fixtures';

const ACCOUNT = 'acct_1TransportTest00';
const front = { name: 'front.jpg', mimeType: 'image/jpeg', bytes: buildJpeg({ width: 64, height: 40 }) };

test.describe('token requests, by default', () => {
  test('a v1 submission is one request: a simple request, no preflight, one round trip', async ({ page, emulator }) => {
    const traffic = await watchEmulatorTraffic(page, emulator);
    await submitPerson(page, emulator, {});
    await expect(saved(page)).toBeVisible();

    expect(traffic()).toEqual([{ method: 'POST', path: '/v1/tokens' }]);
    expect(await emulator.preflights()).toEqual([]);
    const [post, ...others] = await emulator.requests();
    expect(others).toEqual([]);
    expect(post).toMatchObject({
      method: 'POST',
      path: '/v1/tokens',
      status: 200,
      idempotencyKey: null,
      stripeVersion: null,
      contentType: 'application/x-www-form-urlencoded',
    });
  });

  test('an account token submission is one request as well', async ({ page, emulator }) => {
    const traffic = await watchEmulatorTraffic(page, emulator);
    await openAccountForm(page, emulator, {
      country: 'US',
      'business-type': 'individual',
      requirements: 'individual.first_name',
    });
    await page.getByLabel('First name', { exact: true }).fill('Ada');
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(saved(page)).toBeVisible();
    expect(traffic()).toEqual([{ method: 'POST', path: '/v1/tokens' }]);
    expect(await emulator.preflights()).toEqual([]);
  });

  test('a v2 submission asks only for Authorization, Content-Type and Stripe-Version', async ({ page, emulator }) => {
    const traffic = await watchEmulatorTraffic(page, emulator);
    await submitPerson(page, emulator, { 'api-version': 'v2', account: ACCOUNT });
    await expect(saved(page)).toBeVisible();

    const path = `/v2/core/accounts/${ACCOUNT}/person_tokens`;
    const [preflight, ...more] = await emulator.preflights();
    expect(more).toEqual([]);
    expect(preflight?.path).toBe(path);
    expect([...(preflight?.requestedHeaders ?? [])].sort()).toEqual([
      'authorization',
      'content-type',
      'stripe-version',
    ]);
    expect(preflight?.refusedHeaders).toEqual([]);
    expect(
      (await emulator.requests()).map((request) => [request.method, request.path, request.idempotencyKey]),
    ).toEqual([['POST', path, null]]);
    expect(traffic()).toEqual([
      { method: 'OPTIONS', path },
      { method: 'POST', path },
    ]);
  });

  test('a document upload in a form asks only for Authorization', async ({ page, emulator }) => {
    await openPersonForm(page, emulator, { requirements: 'first_name verification.document.front' });
    const upload = page.locator('person-token-form').locator('token-document-upload').first();
    await chooseFiles(upload, front);
    await expect.poll(async () => (await emulatorFiles(emulator)).length).toBe(1);

    const preflights = await emulator.preflights();
    expect(
      preflights.map((preflight) => [preflight.path, preflight.requestedHeaders, preflight.refusedHeaders]),
    ).toEqual([['/v1/files', ['authorization'], []]]);
    expect((await emulator.requests()).map((request) => [request.path, request.idempotencyKey])).toEqual([
      ['/v1/files', null],
    ]);
  });

  test('a retry after a lost answer never hands out the first token: the form holds and sends one', async ({
    page,
    emulator,
  }) => {
    await openPersonForm(page, emulator, { country: 'GB', requirements, 'host-form': '1' });
    await recordEvents(page);
    await fillPerson(page);
    // The token is made, then the answer is lost; the client's own retry makes a second one.
    await emulator.injectFault({ path: '/v1/tokens', when: 'after', fault: { type: 'status', status: 500 } });
    // Inside a host form the form's own button is absent; the page submits the element.
    await page
      .locator('person-token-form')
      .evaluate((element) => (element as HTMLElement & { submit(): Promise<unknown> }).submit());
    await expect(saved(page)).toBeVisible();

    const stored = await emulator.tokens();
    expect(stored).toHaveLength(2);
    const created = (await recordedEvents(page)).filter((event) => event.type === 'token-created');
    expect(created).toHaveLength(1);
    const announced = (created[0]?.detail as { token: { id: string } }).token.id;
    // The one the form hands on is the last one made; the first stays unused, and single-use tokens expire.
    expect(announced).toBe(stored[1]?.id);
    const submitted = await page.evaluate(() => [
      ...new FormData(document.querySelector('#host-form') as HTMLFormElement).entries(),
    ]);
    expect(submitted).toEqual([['person_token', announced]]);
  });
});

test.describe('strict CORS refuses what Stripe has not shown it allows', () => {
  test('with the idempotency header the browser sends nothing; the form says so and keeps what was typed', async ({
    page,
    emulator,
  }) => {
    await openPersonForm(page, emulator, { country: 'GB', requirements, 'idempotency-header': '' });
    await recordEvents(page);
    await fillPerson(page);
    await page.getByRole('button', { name: 'Submit' }).click();
    // The client retries what looks like a network error, with backoff, before it gives up.
    await expect(page.getByRole('alert')).toContainText('Could not reach Stripe', { timeout: 15_000 });
    await expect(page.getByLabel('First name', { exact: true })).toHaveValue('Ada');

    expect(await emulator.requests()).toEqual([]);
    const preflights = await emulator.preflights();
    expect(preflights.length).toBeGreaterThan(0);
    expect(preflights.every((preflight) => preflight.refusedHeaders.includes('idempotency-key'))).toBe(true);
    const failure = (await recordedEvents(page)).find((event) => event.type === 'token-error');
    expect(failure?.detail).toMatchObject({ error: { type: 'api_connection_error', retryable: true } });
  });
});
