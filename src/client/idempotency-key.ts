import { ConfigurationError } from './errors';

const MAX_LENGTH = 255;

/**
 * A fresh key for one logical submission. `crypto.randomUUID` exists only in secure contexts, so pages
 * served over plain http (other than localhost) fall back to a v4 UUID built from `getRandomValues`.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The caller's key if it is usable, else a new one. */
export function resolveIdempotencyKey(given: string | undefined): string {
  if (given === undefined) return newIdempotencyKey();
  if (given.length === 0 || given.length > MAX_LENGTH || /[^\x21-\x7e]/.test(given)) {
    throw new ConfigurationError(
      'invalid_idempotency_key',
      `idempotencyKey must be 1–${MAX_LENGTH} visible ASCII characters.`,
    );
  }
  return given;
}

/**
 * The `Idempotency-Key` header when the caller asked for it, else none. A given key is checked either
 * way, so a malformed one is refused before anything is sent.
 */
export function idempotencyHeaders(options: {
  readonly idempotencyHeader?: boolean;
  readonly idempotencyKey?: string;
}): Record<string, string> {
  const key = resolveIdempotencyKey(options.idempotencyKey);
  return options.idempotencyHeader === true ? { 'Idempotency-Key': key } : {};
}
