// Shared by the transport specs: what the page sends to the emulator, and one small person form to send.
import type { CDPSession, Page } from '@playwright/test';
import type { EmulatorAdmin } from '../support/emulator-admin';
import { openPersonForm, type PersonFormOptions } from './person-form.helpers';

export const requirements = 'first_name last_name dob email';

/** A request as the browser sent it; `OPTIONS` is a CORS preflight Chromium sent on its own. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
}

/**
 * Every request the page's network stack sends to the emulator, CORS preflights included (Chromium
 * reports them through the DevTools protocol; Playwright's own request events leave them out).
 */
export async function watchEmulatorTraffic(page: Page, emulator: EmulatorAdmin): Promise<() => SeenRequest[]> {
  const origin = new URL(emulator.url).origin;
  const seen: SeenRequest[] = [];
  const session: CDPSession = await page.context().newCDPSession(page);
  session.on('Network.requestWillBeSent', (event) => {
    const url = new URL(event.request.url);
    if (url.origin !== origin || url.pathname.startsWith('/__emulator')) return;
    seen.push({ method: event.request.method, path: url.pathname });
  });
  await session.send('Network.enable');
  return () => [...seen];
}

export async function fillPerson(page: Page): Promise<void> {
  await page.getByLabel('First name', { exact: true }).fill('Ada');
  await page.getByLabel('Last name', { exact: true }).fill('Lovelace');
  await page.getByLabel('Day').fill('10');
  await page.getByLabel('Month').fill('12');
  await page.getByLabel('Year').fill('1985');
  await page.getByLabel('Email').fill('ada@example.com');
}

export async function submitPerson(page: Page, emulator: EmulatorAdmin, options: PersonFormOptions): Promise<void> {
  await openPersonForm(page, emulator, { country: 'GB', requirements, ...options });
  await fillPerson(page);
  await page.getByRole('button', { name: 'Submit' }).click();
}

export const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'Your details were saved.' });
