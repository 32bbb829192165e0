import { toDecimalText } from './decimal-text';

/** Values that travel as one field: everything except objects and arrays. */
export type Scalar = string | number | boolean | bigint | null;

export function isScalar(value: unknown): value is Scalar {
  const kind = typeof value;
  return value === null || kind === 'string' || kind === 'number' || kind === 'boolean' || kind === 'bigint';
}

/** The text Stripe expects for a scalar in a form body; `null` unsets the field like `''` does. */
export function scalarToText(value: Scalar): string {
  if (value === null) return '';
  if (typeof value === 'number') return toDecimalText(value);
  return String(value);
}
