// Opens the person form test page against this test's emulator and waits until the element is ready.
import type { Page } from '@playwright/test';
import type { EmulatorAdmin } from '../support/emulator-admin';
import { waitUntilReady } from './token-form.helpers';

export const TEST_KEY = 'pk_test_emulator0000person';
export const screenshotDirectory = 'screenshots';

export interface PersonFormOptions {
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
  readonly 'host-form'?: '1';
  readonly lang?: string;
  /** The element's own width in CSS pixels, whatever the viewport's. */
  readonly width?: string;
}

export async function openPersonForm(
  page: Page,
  emulator: EmulatorAdmin,
  options: PersonFormOptions = {},
): Promise<void> {
  const query = new URLSearchParams({
    element: 'person-token-form',
    'publishable-key': TEST_KEY,
    'api-base': emulator.url,
    ...options,
  });
  await page.goto(`/e2e/pages/token-form.html?${query.toString()}`);
  await waitUntilReady(page, 'person-token-form');
}

/** The events the element fired, as the host page saw them. */
export async function recordEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log: { type: string; detail: unknown }[] = [];
    (window as unknown as { formEvents: typeof log }).formEvents = log;
    for (const type of ['token-created', 'token-error', 'ready', 'validity-change', 'submit-start']) {
      document.addEventListener(type, (event) =>
        log.push({ type, detail: (event as Event & { detail?: unknown }).detail }),
      );
    }
  });
}

export async function recordedEvents(page: Page): Promise<{ type: string; detail: unknown }[]> {
  return page.evaluate(() => (window as unknown as { formEvents: { type: string; detail: unknown }[] }).formEvents);
}
