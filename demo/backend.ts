// Which emulator answers the demo's forms: the Node one that `npm start` runs beside the dev server, or,
// in the static build (`npm run build:demo`), the same emulator core in a service worker that answers on
// the page's own origin, so a static host needs no server and no request leaves the page.
import { emulatorBaseUrl } from '../emulator/service-worker/route';

export type Backend = 'node' | 'service-worker';

/**
 * `starting` while the in-browser emulator's service worker is on its way, `failed` when this browser
 * allows none; the Node one is `running` from the start (the page checks itself whether it answers).
 */
export type EmulatorState = 'starting' | 'running' | 'failed';

export interface DemoEmulator {
  readonly backend: Backend;
  /** Where the forms send requests when no Stripe key is entered. */
  readonly url: string;
  readonly state: EmulatorState;
}

export const backend: Backend =
  import.meta.env.VITE_TOKEN_FORMS_BACKEND === 'service-worker' ? 'service-worker' : 'node';

/** The emulator this page uses, known before anything loads: its address is fixed, only its start is awaited. */
export function demoEmulator(nodeEmulatorUrl: string): DemoEmulator {
  if (backend === 'node') return { backend, url: nodeEmulatorUrl, state: 'running' };
  return { backend, url: emulatorBaseUrl(document.baseURI), state: 'starting' };
}

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

/** The same emulator once it runs (or once it is known that it cannot). */
export async function startDemoEmulator(emulator: DemoEmulator): Promise<DemoEmulator> {
  if (emulator.state !== 'starting') return emulator;
  try {
    if (!('serviceWorker' in navigator)) throw new Error('no service workers');
    await controlledByWorker();
    return { ...emulator, state: 'running' };
  } catch {
    return { ...emulator, state: 'failed' };
  }
}
