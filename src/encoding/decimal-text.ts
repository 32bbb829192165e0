/**
 * Writes a finite number as plain decimal text. `String(n)` switches to exponent form below 1e-6 and
 * from 1e21 upwards ("1e-7"), which Stripe's form parser does not read as a number.
 */
export function toDecimalText(value: number): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(`Cannot encode ${String(value)}: only finite numbers can be sent to Stripe.`);
  }
  if (Object.is(value, -0)) return '0';
  const text = String(value);
  const exponentAt = text.indexOf('e');
  if (exponentAt === -1) return text;

  const sign = text.startsWith('-') ? '-' : '';
  const mantissa = text.slice(sign.length, exponentAt);
  const exponent = Number(text.slice(exponentAt + 1));
  const [whole = '', fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  // Position of the decimal point within `digits` once the exponent is applied.
  const pointAt = whole.length + exponent;

  if (pointAt <= 0) return `${sign}0.${'0'.repeat(-pointAt)}${digits}`;
  if (pointAt >= digits.length) return `${sign}${digits}${'0'.repeat(pointAt - digits.length)}`;
  return `${sign}${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}
