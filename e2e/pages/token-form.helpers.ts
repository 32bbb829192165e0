// Opens the token form test page against this test's emulator and waits until the element is ready.
import type { FrameLocator, Page } from '@playwright/test';
import type { EmulatorAdmin } from '../support/emulator-admin';
import { e2eDemoPort } from '../support/ports';

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
  /** `frame`: the element runs its form in an iframe on the frame page's origin. */
  readonly isolation?: Isolation;
}

/** How the element runs its form: in the page (`none`), or in an iframe on an origin of its own. */
export type Isolation = 'none' | 'frame';

/** The frame page on the test server's second origin: `localhost` where the pages are on `127.0.0.1`. */
export const frameOrigin = `http://localhost:${e2eDemoPort}`;
export const frameUrl = `${frameOrigin}/frame/index.html`;

/** Where the form's own fields, buttons and status are: the page, or the element's frame. */
export function formUi(page: Page, isolation: Isolation = 'none'): Page | FrameLocator {
  return isolation === 'frame' ? page.frameLocator('iframe[part="frame"]') : page;
}

export async function openAccountForm(
  page: Page,
  emulator: EmulatorAdmin,
  options: AccountFormOptions = {},
): Promise<void> {
  const { isolation = 'none', ...attributes } = options;
  const frame: Record<string, string> = isolation === 'frame' ? { isolation: 'frame', 'frame-url': frameUrl } : {};
  const query = new URLSearchParams({
    'publishable-key': ACCOUNT_TEST_KEY,
    'api-base': emulator.url,
    ...attributes,
    ...frame,
  });
  if (isolation === 'frame') await heardReady(page);
  await page.goto(`/e2e/pages/token-form.html?${query.toString()}`);
  if (isolation === 'frame') await page.waitForFunction(() => (window as { formReady?: boolean }).formReady === true);
  else await waitUntilReady(page, options.element ?? 'account-token-form');
}

/** A framed form's `ready` comes once the frame has connected: heard from the page's first script on. */
async function heardReady(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('ready', () => ((window as { formReady?: boolean }).formReady = true), {
      capture: true,
    });
  });
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
