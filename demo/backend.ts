// Which emulator answers the demo's forms: the Node one that `npm start` runs beside the dev server, or,
// in the static build (`npm run build:demo`), the same emulator core in a service worker that answers on
// the page's own origin, so a static host needs no server and no request leaves the page.
import { emulatorBaseUrl } from '../emulator/service-worker/route';

export type Backend = 'node' | 'service-worker';

export interface DemoEmulator {
  readonly backend: Backend;
  /** Where the forms send requests when no Stripe key is entered. */
  readonly url: string;
  /** Whether the in-browser emulator is running (always true for the Node one, which the page checks itself). */
  readonly started: boolean;
}

export const backend: Backend =
  import.meta.env.VITE_TOKEN_FORMS_BACKEND === 'service-worker' ? 'service-worker' : 'node';

async function controlledByWorker(): Promise<void> {
  const container = navigator.serviceWorker;
  await container.register(new URL('emulator-worker.js', document.baseURI));
  await container.ready;
  // The worker claims the page as it activates; on the first visit that happens after `ready`.
  if (!container.controller) {
    await new Promise<void>((resolve) =>
      container.addEventListener('controllerchange', () => resolve(), { once: true }),
    );
  }
}

export async function startDemoEmulator(nodeEmulatorUrl: string): Promise<DemoEmulator> {
  if (backend === 'node') return { backend, url: nodeEmulatorUrl, started: true };
  const url = emulatorBaseUrl(document.baseURI);
  try {
    if (!('serviceWorker' in navigator)) throw new Error('no service workers');
    await controlledByWorker();
    return { backend, url, started: true };
  } catch {
    return { backend, url, started: false };
  }
}
