import { isScalar } from './scalar-text';

/**
 * Encodes a v2 request body as JSON. `undefined` properties and array entries are left out (plain
 * `JSON.stringify` would turn the array ones into `null`, which Stripe reads as "unset"), and non-finite
 * numbers are refused rather than silently sent as `null`.
 */
export function encodeJsonBody(params: object): string {
  return JSON.stringify(withoutUndefined(params, 'body'));
}

function withoutUndefined(value: unknown, path: string): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RangeError(`Cannot encode ${String(value)} at ${path}: only finite numbers can be sent to Stripe.`);
  }
  if (typeof value === 'bigint') {
    throw new TypeError(`Cannot encode a bigint at ${path}: JSON numbers lose its precision; send it as a string.`);
  }
  if (isScalar(value)) return value;
  // Values that define their own JSON form (the SDK's Decimal, Date) are sent in that form.
  if (hasToJson(value)) return withoutUndefined(value.toJSON(), path);
  if (Array.isArray(value)) {
    return value
      .filter((item: unknown) => item !== undefined)
      .map((item: unknown, index) => withoutUndefined(item, `${path}[${index}]`));
  }
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (child !== undefined) copy[key] = withoutUndefined(child, `${path}.${key}`);
    }
    return copy;
  }
  throw new TypeError(`Cannot encode a ${typeof value} at ${path} as JSON.`);
}

function hasToJson(value: unknown): value is { toJSON(): unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function';
}
