// Everything the page around a form can see, or that outlives it: where a value typed into the form (or
// Stripe's words repeating it) must never turn up. The form's own shadow root is the one place it may.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Events a host page can hear from the elements (the document upload's included, should they escape). */
const ELEMENT_EVENTS = [
  'token-created',
  'token-error',
  'ready',
  'validity-change',
  'submit-start',
  'token-document-change',
  'token-document-uploaded',
  'input',
  'change',
  'invalid',
] as const;

/** What is heard while the page runs: console, uncaught errors, requests, events with their details. */
export interface OutsideWatch {
  readonly console: string[];
  readonly requests: string[];
}

/** Starts listening before the page loads: console (every level), page errors, requests, element events. */
export async function watchOutside(page: Page): Promise<OutsideWatch> {
  const watch: OutsideWatch = { console: [], requests: [] };
  page.on('console', (message) => watch.console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => watch.console.push(`uncaught: ${error.message}`));
  page.on('request', (request) => watch.requests.push(request.url()));
  await page.addInitScript((types) => {
    const heard: { type: string; detail: unknown }[] = [];
    Object.defineProperty(window, 'heardEvents', { value: heard });
    for (const type of types) {
      window.addEventListener(type, (event) => heard.push({ type, detail: (event as CustomEvent).detail ?? null }), {
        capture: true,
      });
    }
  }, ELEMENT_EVENTS);
  return watch;
}

/** Every channel, read now. `element` is the form (its attributes and validity are part of the page's view). */
export async function readOutside(
  page: Page,
  context: BrowserContext,
  watch: OutsideWatch,
  element: Locator,
): Promise<Record<string, unknown>> {
  const inPage = await page.evaluate(async () => {
    const forms = [...document.forms].map((form) =>
      [...new FormData(form)].map(([name, value]) => [name, typeof value === 'string' ? value : `file ${value.name}`]),
    );
    const databases = 'databases' in indexedDB ? (await indexedDB.databases()).map((database) => database.name) : [];
    const cacheNames = 'caches' in window ? await caches.keys() : [];
    return {
      events: (window as unknown as { heardEvents?: unknown[] }).heardEvents ?? [],
      lightDom: document.documentElement.outerHTML,
      url: location.href,
      history: JSON.stringify(history.state),
      windowName: window.name,
      localStorage: { ...localStorage },
      sessionStorage: { ...sessionStorage },
      documentCookie: document.cookie,
      hostForms: forms,
      databases,
      cacheNames,
    };
  });
  const host = await element.evaluate((node) => {
    const formElement = node as HTMLElement & { validationMessage?: string };
    return {
      attributes: node.getAttributeNames().map((name) => [name, node.getAttribute(name)]),
      validationMessage: formElement.validationMessage ?? '',
    };
  });
  return {
    ...inPage,
    ...host,
    cookies: await context.cookies(),
    console: [...watch.console],
    requestUrls: [...watch.requests],
  };
}

/** Every string in a value (keys too), so a needle is looked for in each, unescaped. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => [key, ...strings(item)]);
  return [];
}

/** None of `needles` in any channel; a failure names the channel and the needle. */
export function expectNoneOutside(channels: Record<string, unknown>, needles: readonly string[]): void {
  for (const [channel, value] of Object.entries(channels)) {
    const texts = strings(value);
    for (const needle of needles) {
      expect(
        texts.filter((text) => text.includes(needle)),
        `"${needle}" found in ${channel}`,
      ).toEqual([]);
    }
  }
}
