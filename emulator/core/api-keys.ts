// API keys: where they are read from, what they look like, and which of them may create tokens.

export type KeyKind = 'publishable' | 'secret' | 'restricted';

export interface ApiKey {
  raw: string;
  kind: KeyKind;
  livemode: boolean;
}

const KEY_PATTERN = /^(pk|sk|rk)_(test|live)_[A-Za-z0-9]{8,}$/;
const KIND_BY_PREFIX: Record<string, KeyKind> = { pk: 'publishable', sk: 'secret', rk: 'restricted' };

export function parseApiKey(raw: string): ApiKey | null {
  const match = KEY_PATTERN.exec(raw);
  const kind = match?.[1] === undefined ? undefined : KIND_BY_PREFIX[match[1]];
  if (match === null || kind === undefined) return null;
  return { raw, kind, livemode: match[2] === 'live' };
}

/** `Authorization: Bearer KEY`, or Basic auth with the key as user name (what `curl -u KEY:` sends). */
export function keyFromAuthorization(header: string | null): string | null {
  if (header === null) return null;
  const [scheme, credentials] = header.trim().split(/\s+/, 2);
  if (credentials === undefined || scheme === undefined) return null;
  if (scheme.toLowerCase() === 'bearer') return credentials;
  if (scheme.toLowerCase() === 'basic') {
    try {
      return atob(credentials).split(':')[0] ?? null;
    } catch {
      return null;
    }
  }
  return null;
}

/** Browser-side token creation: publishable keys always; secret and restricted keys in test mode only. */
export function mayCreateTokens(key: ApiKey): boolean {
  return key.kind === 'publishable' || !key.livemode;
}

function recognisedPrefix(raw: string): string {
  return /^(?:pk|sk|rk)_(?:test|live)_/.exec(raw)?.[0] ?? '';
}

/** The form Stripe uses in "Invalid API Key provided: pk_test_****1234". */
export function maskKeyForError(raw: string): string {
  return `${recognisedPrefix(raw)}****${raw.length > 4 ? raw.slice(-4) : ''}`;
}

/** The form the admin API shows in request logs: `pk_test_…1234`. */
export function redactKey(raw: string): string {
  return `${recognisedPrefix(raw)}…${raw.length > 4 ? raw.slice(-4) : ''}`;
}
