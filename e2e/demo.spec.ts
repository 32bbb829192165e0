import { mkdirSync } from 'node:fs';
import { expect, expectNoAxeViolations, test } from './support/fixtures';

const screenshotDirectory = 'screenshots';
mkdirSync(screenshotDirectory, { recursive: true });

test.describe('demo page', () => {
  test('loads with its heading and controls, connected to the local emulator, without console errors', async ({
    openDemo,
    consoleErrors,
    emulator,
  }) => {
    const page = await openDemo();
    // The forms have labels of their own (Country, Business type): the demo's controls are in its settings.
    const settings = page.locator('#settings');

    await expect(page.getByRole('heading', { level: 1, name: 'Token forms' })).toBeVisible();
    await expect(page.getByLabel('Publishable key')).toBeVisible();
    await expect(page.getByRole('radio', { name: 'v1 tokens' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'v2 accounts' })).toBeVisible();
    await expect(page.getByLabel('Connected account id')).toBeDisabled();
    await expect(settings.getByLabel('Country')).toHaveValue('US');
    await expect(settings.getByLabel('Language')).toHaveValue('auto');
    await expect(settings.getByLabel('Business type')).toHaveValue('individual');
    await expect(settings.getByLabel('Requirements')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What your server receives' })).toBeVisible();

    await expect(page.locator('#connection-status')).toHaveText(`Connected to the local emulator at ${emulator.url}.`);
    await expect(page.locator('account-token-form')).toHaveCount(1);
    await expect(page.locator('person-token-form')).toHaveCount(1);
    expect(consoleErrors).toEqual([]);
  });

  test('says when a form element is not registered yet, and only then', async ({ openDemo }) => {
    const page = await openDemo();
    for (const tagName of ['account-token-form', 'person-token-form']) {
      const registered = await page.evaluate((name) => customElements.get(name) !== undefined, tagName);
      await expect(page.locator(`[data-pending-for="${tagName}"]`)).toBeVisible({ visible: !registered });
    }
  });

  test('passes the emulator and the chosen settings to both elements as attributes', async ({ openDemo, emulator }) => {
    const page = await openDemo();
    const settings = page.locator('#settings');
    const accountForm = page.locator('account-token-form');
    const personForm = page.locator('person-token-form');

    await expect(accountForm).toHaveAttribute('api-base', emulator.url);
    await expect(personForm).toHaveAttribute('files-base', emulator.url);
    await expect(personForm).toHaveAttribute('publishable-key', /^pk_test_emulator/);
    await expect(personForm).toHaveAttribute('api-version', 'v1');
    await expect(personForm).not.toHaveAttribute('account', /.*/);

    await page.getByRole('radio', { name: 'v2 accounts' }).check();
    await page.getByLabel('Connected account id').fill('acct_1Demo0000');
    await settings.getByLabel('Country').selectOption('JP');
    await settings.getByLabel('Language').selectOption('ja');
    await settings.getByLabel('Business type').selectOption('company');
    await settings.getByLabel('Requirements').fill('company.name\nrepresentative.first_name, representative.last_name');

    await expect(personForm).toHaveAttribute('api-version', 'v2');
    await expect(personForm).toHaveAttribute('account', 'acct_1Demo0000');
    await expect(accountForm).not.toHaveAttribute('account', /.*/);
    await expect(accountForm).toHaveAttribute('country', 'JP');
    await expect(personForm).toHaveAttribute('locale', 'ja');
    await expect(accountForm).toHaveAttribute('business-type', 'company');
    await expect(personForm).not.toHaveAttribute('business-type', /.*/);
    await expect(accountForm).toHaveAttribute('terms-url', 'https://stripe.com/legal/connect-account');
    await expect(personForm).not.toHaveAttribute('terms-url', /.*/);
    await expect(accountForm).toHaveAttribute(
      'requirements',
      'company.name,representative.first_name,representative.last_name',
    );
  });

  test("switches to Stripe's API for a real test key, and refuses secret and live keys", async ({
    openDemo,
    emulator,
  }) => {
    const page = await openDemo();
    const keyInput = page.getByLabel('Publishable key');
    const accountForm = page.locator('account-token-form');
    const stripeCalls: string[] = [];
    await page.route(/^https:\/\/(api|files)\.stripe\.com\//, async (route) => {
      stripeCalls.push(route.request().url());
      await route.abort();
    });

    await keyInput.fill('pk_test_51ExampleKey0000');
    await expect(page.locator('#connection-status')).toHaveText(
      'Stripe test mode: requests go to https://api.stripe.com.',
    );
    await expect(accountForm).toHaveAttribute('publishable-key', 'pk_test_51ExampleKey0000');
    await expect(accountForm).toHaveAttribute('api-base', 'https://api.stripe.com');
    await expect(accountForm).toHaveAttribute('files-base', 'https://files.stripe.com');

    await keyInput.fill('sk_test_51ExampleKey0000');
    await expect(page.locator('#connection-status')).toContainText('That is a secret key');
    await expect(accountForm).toHaveAttribute('api-base', emulator.url);
    await expect(accountForm).toHaveAttribute('publishable-key', /^pk_test_emulator/);

    await keyInput.fill('pk_live_51ExampleKey0000');
    await expect(page.locator('#connection-status')).toContainText('only uses test mode keys');
    await expect(accountForm).toHaveAttribute('api-base', emulator.url);

    // Choosing an endpoint sends nothing: only a submitted form talks to Stripe.
    expect(stripeCalls).toEqual([]);
  });

  test('tells the visitor when the emulator does not answer', async ({ page }) => {
    await page.goto('/?emulator=http://127.0.0.1:9');
    await expect(page.locator('#connection-status')).toContainText('does not answer. Run npm start.');
  });

  test('shows the token id from token-created and what the emulator token carries', async ({ openDemo, emulator }) => {
    const page = await openDemo();
    const body = new URLSearchParams({
      key: 'pk_test_emulator0000demo',
      'account[business_type]': 'individual',
      'account[individual][first_name]': 'Jenny',
      'account[individual][last_name]': 'Rosen',
      'account[tos_shown_and_accepted]': 'true',
    });
    const response = await fetch(new URL('/v1/tokens', emulator.url), { method: 'POST', body });
    expect(response.status).toBe(200);
    const { id } = (await response.json()) as { id: string };

    await page.locator('account-token-form').evaluate((element, tokenId) => {
      element.dispatchEvent(new CustomEvent('token-created', { detail: { tokenId }, bubbles: true, composed: true }));
    }, id);

    await expect(page.locator('#token-id')).toHaveText(id);
    const carried = page.locator('#token-params');
    await expect(carried).toContainText('"first_name": "Jenny"');
    await expect(carried).toContainText('"business_type": "individual"');
  });

  test('an account filled in on the demo page shows its token id and what the token carries', async ({
    openDemo,
    consoleErrors,
  }) => {
    const page = await openDemo();
    const settings = page.locator('#settings');
    await settings.getByLabel('Country').selectOption('GB');
    await settings.getByLabel('Requirements').fill('individual.first_name individual.last_name tos_acceptance');
    const accountForm = page.locator('account-token-form');
    await accountForm.getByLabel('First name', { exact: true }).fill('Ada');
    await accountForm.getByLabel('Last name', { exact: true }).fill('Lovelace');
    await accountForm.getByRole('checkbox', { name: 'I have read and accept the terms of service.' }).check();
    await accountForm.getByRole('button', { name: 'Submit' }).click();

    await expect(page.locator('#token-id')).toHaveText(/^ct_/);
    await expect(page.locator('#token-source')).toHaveText('Account token form');
    await expect(page.locator('#token-params')).toContainText('"last_name": "Lovelace"');
    await expect(page.locator('#token-params')).toContainText('"tos_shown_and_accepted": true');
    await page.screenshot({ path: `${screenshotDirectory}/demo-account-token.png`, fullPage: true });
    expect(consoleErrors).toEqual([]);
  });

  test('runs under a strict Content-Security-Policy that refuses inline scripts', async ({
    openDemo,
    consoleErrors,
  }) => {
    const page = await openDemo();
    const response = await page.request.get('/');
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain('unsafe-inline');

    await expect(page.locator('#connection-status')).toHaveAttribute('data-state', 'connected');
    // The policy is really enforced: an injected inline script does not run.
    const inlineScriptRan = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.inlineScriptRan = "yes";';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return document.documentElement.dataset.inlineScriptRan === 'yes';
    });
    expect(inlineScriptRan).toBe(false);
    expect(consoleErrors.filter((error) => !error.includes('inline script'))).toEqual([]);
  });

  for (const width of [1280, 320]) {
    test(`fits and is accessible at ${width} px, light and dark`, async ({ openDemo, page }) => {
      // Accessibility scans of the whole page in two schemes: a slow test on a small, busy machine.
      test.slow();
      await page.setViewportSize({ width, height: 900 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await openDemo();
        await expect(page.locator('#connection-status')).toHaveAttribute('data-state', 'connected');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'horizontal scrolling').toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page);
        await page.screenshot({ path: `${screenshotDirectory}/demo-${width}-${colorScheme}.png`, fullPage: true });
      }
    });
  }
});
