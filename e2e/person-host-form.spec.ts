import { expect, test } from './support/fixtures';
import { openPersonForm, recordEvents } from './pages/person-form.helpers';

test.describe('person-token-form inside a host form', () => {
  test('submitting the host form tokenizes first; the host form then carries only the token id', async ({
    page,
    emulator,
  }) => {
    await openPersonForm(page, emulator, { 'host-form': '1', country: 'GB', requirements: 'first_name last_name' });
    await recordEvents(page);
    const posted: string[] = [];
    await page.route('**/e2e/pages/received', async (route) => {
      posted.push(route.request().postData() ?? '');
      await route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Received</title><p>Received</p>',
      });
    });

    // Inner inputs are not part of the host form, and there is no second submit button.
    await expect(page.locator('person-token-form').getByRole('button', { name: 'Submit' })).toHaveCount(0);
    await page.getByLabel('First name', { exact: true }).fill('Ada');
    await page.getByLabel('Last name', { exact: true }).fill('Lovelace');
    // Enter in an inner input submits the host form, which tokenizes first.
    await page.getByLabel('Last name', { exact: true }).press('Enter');

    await expect(page).toHaveTitle('Received');
    expect(posted).toHaveLength(1);
    const entries = [...new URLSearchParams(posted[0]).entries()];
    expect(entries).toHaveLength(1);
    const [name, tokenId] = entries[0] ?? [];
    expect(name).toBe('person_token');
    expect(tokenId).toMatch(/^cpt_/);
    expect((await emulator.token(tokenId ?? '')).params).toEqual({ first_name: 'Ada', last_name: 'Lovelace' });
  });

  test('an invalid form stops the host submission, shows its problems and focuses the first', async ({
    page,
    emulator,
  }) => {
    await openPersonForm(page, emulator, { 'host-form': '1', country: 'GB', requirements: 'first_name last_name' });
    let posted = 0;
    await page.route('**/e2e/pages/received', async (route) => {
      posted += 1;
      await route.fulfill({ status: 200, body: 'ok' });
    });
    await page.getByLabel('Last name', { exact: true }).fill('Lovelace');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByLabel('First name', { exact: true })).toBeFocused();
    await expect(page.getByLabel('First name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('status').filter({ hasText: '1 field needs your attention.' })).toBeVisible();
    expect(posted).toBe(0);
    expect(await emulator.requests()).toEqual([]);
    const validity = await page
      .locator('person-token-form')
      .evaluate((element) => (element as HTMLElement & { checkValidity(): boolean }).checkValidity());
    expect(validity).toBe(false);
  });

  test('clicking the host button twice while the token is on the way submits the host form once', async ({
    page,
    emulator,
  }) => {
    await openPersonForm(page, emulator, { 'host-form': '1', country: 'GB', requirements: 'first_name' });
    // The host handles its submission in script, as single-page apps do.
    await page.evaluate(() => {
      const counts = { submits: 0 };
      (window as unknown as { counts: typeof counts }).counts = counts;
      document.querySelector('form')?.addEventListener('submit', (event) => {
        event.preventDefault();
        counts.submits += 1;
      });
    });
    await emulator.injectFault({ path: '/v1/tokens', fault: { type: 'delay', ms: 1500 } });
    await page.getByLabel('First name', { exact: true }).fill('Ada');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await emulator.tokens()).length).toBe(1);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { counts: { submits: number } }).counts.submits)).toBe(1);
  });

  test('a disabled form takes no part in its host form: nothing is sent to Stripe', async ({ page, emulator }) => {
    await openPersonForm(page, emulator, { 'host-form': '1', country: 'GB', requirements: 'first_name' });
    let posted = '';
    await page.route('**/e2e/pages/received', async (route) => {
      posted = route.request().postData() ?? '';
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Received</title>' });
    });
    await page.getByLabel('First name', { exact: true }).fill('Ada');
    await page.locator('person-token-form').evaluate((element) => element.setAttribute('disabled', ''));
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveTitle('Received');
    expect(posted).toBe('');
    expect(await emulator.requests()).toEqual([]);
  });
});
