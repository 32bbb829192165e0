// Stripe-like random identifiers: a prefix and base62 characters from the platform's CSPRNG.

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
// Largest multiple of 62 below 256: bytes at or above it are skipped so every character is equally likely.
const UNBIASED_LIMIT = 248;

export function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    const bytes = new Uint8Array(length * 2);
    crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      if (byte >= UNBIASED_LIMIT) continue;
      out += BASE62[byte % 62];
      if (out.length === length) break;
    }
  }
  return out;
}

/** Lengths follow the ids in Stripe's reference examples (`ct_1BZ6xr2eZvKYlo2CsSOhuTfi`, `perstok_61RS…`). */
export const newId = {
  request: (): string => `req_${randomBase62(14)}`,
  v1AccountToken: (): string => `ct_1${randomBase62(23)}`,
  v1PersonToken: (): string => `cpt_1${randomBase62(23)}`,
  file: (): string => `file_1${randomBase62(23)}`,
  v2AccountToken: (): string => `accttok_61${randomBase62(42)}`,
  v2PersonToken: (): string => `perstok_61${randomBase62(42)}`,
  fault: (): string => `fault_${randomBase62(12)}`,
};
