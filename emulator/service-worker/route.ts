// Which of a page's requests the in-browser emulator answers: those under `<scope>emulator/`, the prefix
// stripped, so the emulator sees the routes it knows (`/v1/tokens`, `/__emulator/tokens`, …).

/** Where the demo page sends its token requests, relative to the service worker's scope. */
export const EMULATOR_PATH = 'emulator';

/** The emulator's base URL for a page served at `scope` (`https://example.github.io/token-forms/`). */
export function emulatorBaseUrl(scope: string): string {
  return new URL(EMULATOR_PATH, scope).href;
}

/**
 * The request as the emulator should see it, or `null` when it is not the emulator's (the page's own
 * files, Stripe's API in test mode). The URL keeps the page's origin: the emulator answers on it.
 */
export function toEmulatorRequest(request: Request, scope: string): Request | null {
  const base = emulatorBaseUrl(scope);
  if (request.url !== base && !request.url.startsWith(`${base}/`)) return null;
  const url = new URL(request.url);
  const path = url.pathname.slice(new URL(base).pathname.length) || '/';
  return new Request(new URL(path + url.search, url.origin), request);
}
