// Tells the visitor where requests go and whether the local emulator answers.
import type { Endpoints } from './endpoints';

export type ConnectionState = 'checking' | 'connected' | 'unreachable' | 'stripe';

function show(status: HTMLElement, state: ConnectionState, message: string): void {
  status.dataset.state = state;
  status.textContent = message;
}

export async function emulatorAnswers(emulatorUrl: string, signal: AbortSignal): Promise<boolean> {
  try {
    const response = await fetch(new URL('/__emulator/tokens', emulatorUrl), { signal });
    return response.ok;
  } catch {
    return false;
  }
}

export async function updateConnectionStatus(
  status: HTMLElement,
  endpoints: Endpoints,
  signal: AbortSignal,
): Promise<void> {
  const notice = endpoints.notice ? ` ${endpoints.notice}` : '';
  if (endpoints.target === 'stripe') {
    show(status, 'stripe', `Stripe test mode: requests go to ${endpoints.apiBase}.`);
    return;
  }
  show(status, 'checking', `Checking the emulator at ${endpoints.apiBase}…`);
  const connected = await emulatorAnswers(endpoints.apiBase, signal);
  if (signal.aborted) return;
  if (connected) show(status, 'connected', `Connected to the local emulator at ${endpoints.apiBase}.${notice}`);
  else
    show(status, 'unreachable', `The local emulator at ${endpoints.apiBase} does not answer. Run npm start.${notice}`);
}
