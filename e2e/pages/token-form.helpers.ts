// Opens the token form test page against this test's emulator and waits until the element is ready.
import type { Page } from '@playwright/test';
import type { EmulatorAdmin } from '../support/emulator-admin';

export const ACCOUNT_TEST_KEY = 'pk_test_emulator0000account';
export const screenshotDirectory = 'screenshots';

export type FormTag = 'account-token-form' | 'person-token-form';

export interface AccountFormOptions {
  readonly element?: FormTag;
  readonly 'api-version'?: 'v1' | 'v2';
  readonly account?: string;
  readonly country?: string;
  readonly locale?: string;
  readonly requirements?: string;
  readonly person?: string;
  readonly 'publishable-key'?: string;
  readonly 'stripe-version'?: string;
  /** Present (any value) turns the boolean attribute on. */
  readonly 'idempotency-header'?: '';
  readonly 'business-type'?: string;
  readonly 'terms-url'?: string;
  readonly name?: string;
  readonly 'host-form'?: '1';
  readonly lang?: string;
  /** The element's own width in CSS pixels, whatever the viewport's. */
  readonly width?: string;
}

export async function openAccountForm(
  page: Page,
  emulator: EmulatorAdmin,
  options: AccountFormOptions = {},
): Promise<void> {
  const query = new URLSearchParams({ 'publishable-key': ACCOUNT_TEST_KEY, 'api-base': emulator.url, ...options });
  await page.goto(`/e2e/pages/token-form.html?${query.toString()}`);
  await waitUntilReady(page, options.element ?? 'account-token-form');
}

export async function waitUntilReady(page: Page, tagName: FormTag): Promise<void> {
  await page.locator(tagName).evaluate(
    (element) =>
      new Promise<void>((resolve) => {
        // `ready` may have fired before this listener: the rendered status region tells.
        if (element.shadowRoot?.querySelector('[part="status"]')) resolve();
        else element.addEventListener('ready', () => resolve(), { once: true });
      }),
  );
}
