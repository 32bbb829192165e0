// Tells the visitor the truth about what answers the forms: the local emulator (and whether it runs), the
// in-browser emulator of the hosted demo, or Stripe's test mode.
import type { DemoEmulator } from './backend';
import type { Endpoints } from './endpoints';

export type ConnectionState = 'checking' | 'connected' | 'unreachable' | 'stripe';

/**
 * What the hosted demo says until its service worker runs; also the static build's first text (vite.config.ts),
 * so the box says it from the first paint. About as long as what follows it, so the panel does not move.
 */
export const inBrowserEmulatorStarting =
  "In-browser emulator: starting the service worker that answers like Stripe's token API; nothing leaves your browser.";

function show(status: HTMLElement, state: ConnectionState, message: string): void {
  status.dataset.state = state;
  status.textContent = message;
}

export async function emulatorAnswers(emulatorUrl: string, signal: AbortSignal): Promise<boolean> {
  try {
    // The admin routes sit beside the token routes, under whatever path the emulator has.
    const response = await fetch(`${emulatorUrl}/__emulator/tokens`, { signal });
    return response.ok;
  } catch {
    return false;
  }
}

export async function updateConnectionStatus(
  status: HTMLElement,
  endpoints: Endpoints,
  emulator: DemoEmulator,
  signal: AbortSignal,
): Promise<void> {
  const notice = endpoints.notice ? ` ${endpoints.notice}` : '';
  if (endpoints.target === 'stripe') {
    show(status, 'stripe', `Stripe test mode: requests go to ${endpoints.apiBase}.`);
    return;
  }
  if (emulator.backend === 'service-worker') {
    if (emulator.state === 'starting') {
      show(status, 'checking', `${inBrowserEmulatorStarting}${notice}`);
    } else if (emulator.state === 'running') {
      show(
        status,
        'connected',
        `In-browser emulator: a service worker on this page answers like Stripe's token API; nothing leaves your browser.${notice}`,
      );
    } else {
      show(
        status,
        'unreachable',
        `The in-browser emulator could not start: this browser allows no service worker here. Enter a pk_test_… key to use Stripe's test mode.${notice}`,
      );
    }
    return;
  }
  show(status, 'checking', `Checking the emulator at ${endpoints.apiBase}…`);
  const connected = await emulatorAnswers(endpoints.apiBase, signal);
  if (signal.aborted) return;
  if (connected) show(status, 'connected', `Connected to the local emulator at ${endpoints.apiBase}.${notice}`);
  else
    show(status, 'unreachable', `The local emulator at ${endpoints.apiBase} does not answer. Run npm start.${notice}`);
}
