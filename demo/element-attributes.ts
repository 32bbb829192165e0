// Turns the demo settings into the attributes both form elements read.
import type { Endpoints } from './endpoints';
import type { DemoSettings } from './settings';

export type FormKind = 'account' | 'person';

export const connectedAccountAgreement = 'https://stripe.com/legal/connect-account';

function setOrRemove(element: Element, name: string, value: string | undefined): void {
  if (value === undefined || value === '') element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/**
 * Where the demo's frame page is, on a second origin of the same dev server (`localhost` for a page on
 * `127.0.0.1`); `null` in the static build, which has one origin only.
 */
export function demoFrameUrl(page: Location, backend: string): string | null {
  if (backend !== 'node' || page.hostname !== '127.0.0.1') return null;
  return `${page.protocol}//localhost:${page.port}/frame/index.html`;
}

export function applySettings(
  element: Element,
  kind: FormKind,
  settings: DemoSettings,
  endpoints: Endpoints,
  frameUrl: string | null = null,
): void {
  const isolated = settings.isolation === 'frame' && frameUrl !== null;
  setOrRemove(element, 'isolation', isolated ? 'frame' : undefined);
  setOrRemove(element, 'frame-url', isolated ? frameUrl : undefined);
  setOrRemove(element, 'publishable-key', endpoints.publishableKey);
  setOrRemove(element, 'api-base', endpoints.apiBase);
  setOrRemove(element, 'files-base', endpoints.filesBase);
  setOrRemove(element, 'api-version', settings.apiVersion);
  setOrRemove(element, 'country', settings.country);
  setOrRemove(element, 'locale', settings.locale);
  setOrRemove(element, 'requirements', settings.requirements.join(','));
  setOrRemove(element, 'business-type', kind === 'account' ? settings.businessType : undefined);
  // The account form links to the terms its statement accepts; Stripe's Connected Account Agreement here.
  setOrRemove(element, 'terms-url', kind === 'account' ? connectedAccountAgreement : undefined);
  // v2 person tokens are created under a connected account; v1 tokens never name one.
  setOrRemove(element, 'account', kind === 'person' && settings.apiVersion === 'v2' ? settings.account : undefined);
}
