import { percentEncode } from './percent-encode';
import { isScalar, scalarToText } from './scalar-text';

/**
 * Encodes params as `application/x-www-form-urlencoded` in Stripe's bracket notation:
 * `{ account: { individual: { dob: { day: 1 } } } }` → `account%5Bindividual%5D%5Bdob%5D%5Bday%5D=1`.
 *
 * - arrays by index (`[0]`, `[1]`, …); entries that send nothing (`undefined`, empty objects) are left
 *   out and the rest renumbered, since Stripe reads an index gap as a missing element;
 * - `undefined` properties are left out; `''` is kept (Stripe's "unset") and `null` is sent as `''`;
 * - booleans as `true`/`false`, numbers as plain decimal text (never exponent form);
 * - every key segment, bracket and value is percent-encoded as UTF-8, so `qs.parse` gives back the object;
 * - empty objects and arrays send nothing: the format cannot express them.
 */
export function encodeFormBody(params: Record<string, unknown>): string {
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    appendPairs(pairs, percentEncode(key), value);
  }
  return pairs.join('&');
}

/** Appends the pairs for one value and returns how many it wrote. */
function appendPairs(pairs: string[], encodedKey: string, value: unknown): number {
  if (value === undefined) return 0;
  if (isScalar(value)) {
    pairs.push(`${encodedKey}=${percentEncode(scalarToText(value))}`);
    return 1;
  }
  const before = pairs.length;
  if (Array.isArray(value)) {
    // Entries that write nothing (undefined, empty objects) take no index, so indexes stay contiguous.
    let index = 0;
    for (const item of value as unknown[]) {
      if (appendPairs(pairs, `${encodedKey}%5B${index}%5D`, item) > 0) index += 1;
    }
    return pairs.length - before;
  }
  if (typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      appendPairs(pairs, `${encodedKey}%5B${percentEncode(key)}%5D`, child);
    }
    return pairs.length - before;
  }
  throw new TypeError(`Cannot encode a ${typeof value} as a form field (${decodeURIComponent(encodedKey)}).`);
}
