// Everything one emulator instance remembers. Nothing lives at module level, so every test starts clean.
import type { JsonObject, JsonValue } from './json';
import type { QueuedFault } from './faults';
import type { IdempotencyStore } from './idempotency';

export const FILE_PURPOSES = ['identity_document', 'additional_verification', 'account_requirement'] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

export interface StoredFile {
  id: string;
  purpose: FilePurpose;
  filename: string;
  mimeType: string;
  size: number;
  type: 'jpg' | 'png' | 'pdf';
  livemode: boolean;
  /** Exactly what `POST /v1/files` answered. */
  body: JsonObject;
}

export type TokenKind = 'v1_account' | 'v1_person' | 'v2_account' | 'v2_person';

export interface StoredToken {
  id: string;
  object: string;
  kind: TokenKind;
  /** The account a v2 person token was created under. */
  account?: string;
  livemode: boolean;
  created: number | string;
  /** What the token carries: the validated parameters, as your server would see them applied. */
  params: JsonValue;
  /** Exactly what the create call answered. */
  body: JsonObject;
}

export interface RequestRecord {
  id: string;
  method: string;
  path: string;
  /** 0 when the connection was dropped or the client went away before an answer. */
  status: number | null;
  idempotencyKey: string | null;
  stripeVersion: string | null;
  contentType: string | null;
  params: JsonValue | null;
  receivedAt: string;
}

/** A CORS preflight (`OPTIONS`) to an API path, and what its answer left out. */
export interface PreflightRecord {
  id: string;
  path: string;
  origin: string | null;
  /** `Access-Control-Request-Method`. */
  method: string | null;
  /** `Access-Control-Request-Headers`, lower case. */
  requestedHeaders: string[];
  /** Requested headers the answer did not allow, so the browser did not send the request. */
  refusedHeaders: string[];
  receivedAt: string;
}

export interface EmulatorState {
  tokens: Map<string, StoredToken>;
  files: Map<string, StoredFile>;
  requests: RequestRecord[];
  preflights: PreflightRecord[];
  faults: QueuedFault[];
  idempotency: IdempotencyStore;
}

export function createState(): EmulatorState {
  return { tokens: new Map(), files: new Map(), requests: [], preflights: [], faults: [], idempotency: new Map() };
}

export function clearState(state: EmulatorState): void {
  state.tokens.clear();
  state.files.clear();
  state.requests.length = 0;
  state.preflights.length = 0;
  state.faults.length = 0;
  state.idempotency.clear();
}
