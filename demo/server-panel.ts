// "What your server receives": the token id, and for the emulator what that token carries.
import type { Endpoints } from './endpoints';

export interface ServerPanel {
  tokenId: HTMLOutputElement;
  /** Which form made the token. */
  source: HTMLOutputElement;
  contents: HTMLElement;
  params: HTMLElement;
}

/** The element's event carries the id as `detail.tokenId` (or a `detail.token` object with an `id`). */
export function tokenIdFrom(detail: unknown): string | null {
  if (typeof detail !== 'object' || detail === null) return null;
  if ('tokenId' in detail && typeof detail.tokenId === 'string') return detail.tokenId;
  if ('token' in detail && typeof detail.token === 'object' && detail.token !== null && 'id' in detail.token) {
    return typeof detail.token.id === 'string' ? detail.token.id : null;
  }
  return null;
}

async function fetchTokenParams(emulatorUrl: string, tokenId: string): Promise<unknown> {
  const response = await fetch(`${emulatorUrl}/__emulator/tokens/${encodeURIComponent(tokenId)}`);
  if (!response.ok) throw new Error(`The emulator answered ${response.status}`);
  const body: unknown = await response.json();
  return typeof body === 'object' && body !== null && 'params' in body ? body.params : body;
}

export async function showToken(
  panel: ServerPanel,
  token: { id: string; source: string },
  endpoints: Endpoints,
): Promise<void> {
  const tokenId = token.id;
  panel.tokenId.value = tokenId;
  panel.source.value = token.source;
  panel.contents.hidden = endpoints.target !== 'emulator';
  if (endpoints.target !== 'emulator') return;
  panel.params.textContent = 'Loading…';
  try {
    panel.params.textContent = JSON.stringify(await fetchTokenParams(endpoints.apiBase, tokenId), null, 2);
  } catch (error) {
    panel.params.textContent = error instanceof Error ? error.message : 'The emulator did not answer.';
  }
}
