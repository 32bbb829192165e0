// Idempotency keys: the first response to a key is saved and replayed; a different body with the same key,
// or the same key while the first request still runs, is refused.

export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

export interface SavedResponse {
  status: number;
  headers: [string, string][];
  body: string;
  requestId: string;
}

type IdempotencyEntry =
  { state: 'running'; fingerprint: string } | { state: 'done'; fingerprint: string; response: SavedResponse };

export type IdempotencyStore = Map<string, IdempotencyEntry>;

export type IdempotencyStart =
  | { outcome: 'fresh' }
  | { outcome: 'replay'; response: SavedResponse }
  | { outcome: 'mismatch' }
  | { outcome: 'in_progress' };

/** Keys are scoped to the API key that sent them, as Stripe scopes them to the account. */
function storeKey(apiKey: string, idempotencyKey: string): string {
  return `${apiKey}\n${idempotencyKey}`;
}

export function beginIdempotentRequest(
  store: IdempotencyStore,
  apiKey: string,
  idempotencyKey: string,
  fingerprint: string,
): IdempotencyStart {
  const key = storeKey(apiKey, idempotencyKey);
  const entry = store.get(key);
  if (entry === undefined) {
    store.set(key, { state: 'running', fingerprint });
    return { outcome: 'fresh' };
  }
  if (entry.fingerprint !== fingerprint) return { outcome: 'mismatch' };
  if (entry.state === 'running') return { outcome: 'in_progress' };
  return { outcome: 'replay', response: entry.response };
}

/** Saves the response, or with `null` forgets the key so that a retry runs again (Stripe saves nothing for requests that failed before they executed). */
export function finishIdempotentRequest(
  store: IdempotencyStore,
  apiKey: string,
  idempotencyKey: string,
  fingerprint: string,
  response: SavedResponse | null,
): void {
  const key = storeKey(apiKey, idempotencyKey);
  if (response === null) store.delete(key);
  else store.set(key, { state: 'done', fingerprint, response });
}

export async function saveResponse(
  response: Response,
  requestId: string,
): Promise<{ saved: SavedResponse; fresh: Response }> {
  const body = await response.text();
  const headers = [...response.headers.entries()];
  return {
    saved: { status: response.status, headers, body, requestId },
    fresh: new Response(body, { status: response.status, headers }),
  };
}

export function replayResponse(saved: SavedResponse): Response {
  const headers = new Headers(saved.headers);
  headers.set('Idempotent-Replayed', 'true');
  headers.set('Original-Request', saved.requestId);
  return new Response(saved.body, { status: saved.status, headers });
}
