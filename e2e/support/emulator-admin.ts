// Typed access to the emulator's admin API (documented in emulator/README.md).

export type Fault =
  | { type: 'status'; status: 409 | 429 | 500 | 502 | 503; retryAfter?: number; shouldRetry?: boolean }
  /** Answers `{"error": error}` as given: a message that repeats what was typed, a v2 error with only a code. */
  | { type: 'error'; status: number; error: StripeErrorBody }
  | { type: 'hang'; ms?: number }
  | { type: 'drop' }
  | { type: 'delay'; ms: number };

/** An error as Stripe's v1 or v2 API words it. */
export interface StripeErrorBody {
  type: string;
  message: string;
  code?: string;
  param?: string;
  invalid_param?: string;
  invalid_fields?: { path: string; code: string; message: string }[];
  [key: string]: unknown;
}

export interface FaultRule {
  /** Exact pathname, or a prefix ending at a `/` boundary. */
  path: string;
  method?: string;
  count?: number;
  /** `after`: the request is fully processed, then the fault replaces the response. */
  when?: 'before' | 'after';
  fault: Fault;
}

export interface RecordedRequest {
  id: string;
  method: string;
  path: string;
  status: number;
  idempotencyKey: string | null;
  stripeVersion: string | null;
  contentType: string | null;
  params: unknown;
  receivedAt: string;
}

/** A CORS preflight the emulator answered (API paths only). */
export interface RecordedPreflight {
  id: string;
  path: string;
  origin: string | null;
  method: string | null;
  requestedHeaders: string[];
  /** What the answer left out: the browser then did not send the request. */
  refusedHeaders: string[];
  receivedAt: string;
}

export interface StoredToken {
  id: string;
  object: string;
  kind: 'v1_account' | 'v1_person' | 'v2_account' | 'v2_person';
  account?: string;
  livemode: boolean;
  created: number | string;
  params: Record<string, unknown>;
}

export interface EmulatorAdmin {
  url: string;
  reset(): Promise<void>;
  injectFault(rule: FaultRule): Promise<void>;
  clearFaults(): Promise<void>;
  requests(): Promise<RecordedRequest[]>;
  preflights(): Promise<RecordedPreflight[]>;
  tokens(): Promise<StoredToken[]>;
  token(id: string): Promise<StoredToken>;
}

async function call(url: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(new URL(path, url), {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

function dataOf<T>(body: unknown): T[] {
  if (typeof body === 'object' && body !== null && 'data' in body && Array.isArray(body.data)) {
    return body.data as T[];
  }
  throw new Error(`Expected {"data": [...]} from the emulator, got ${JSON.stringify(body)}`);
}

export function emulatorAdmin(url: string): EmulatorAdmin {
  return {
    url,
    reset: async () => void (await call(url, 'POST', '/__emulator/reset')),
    injectFault: async (rule) => void (await call(url, 'POST', '/__emulator/faults', rule)),
    clearFaults: async () => void (await call(url, 'DELETE', '/__emulator/faults')),
    requests: async () => dataOf<RecordedRequest>(await call(url, 'GET', '/__emulator/requests')),
    preflights: async () => dataOf<RecordedPreflight>(await call(url, 'GET', '/__emulator/preflights')),
    tokens: async () => dataOf<StoredToken>(await call(url, 'GET', '/__emulator/tokens')),
    token: async (id) => (await call(url, 'GET', `/__emulator/tokens/${encodeURIComponent(id)}`)) as StoredToken,
  };
}
