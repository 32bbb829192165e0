import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDecimalText } from './decimal-text';

describe('toDecimalText', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [1, '1'],
    [-42, '-42'],
    [12.5, '12.5'],
    [0.0000001, '0.0000001'],
    [1.5e-7, '0.00000015'],
    [-2.25e-10, '-0.000000000225'],
    [1e21, '1000000000000000000000'],
    [1.2345e25, '12345000000000000000000000'],
    [Number.MIN_VALUE, `0.${'0'.repeat(323)}5`],
  ])('writes %s as %s', (value, text) => {
    expect(toDecimalText(value)).toBe(text);
  });

  it.each([NaN, Infinity, -Infinity])('refuses %s', (value) => {
    expect(() => toDecimalText(value)).toThrow(RangeError);
  });

  it('never uses exponent form and reads back as the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = toDecimalText(value);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(Object.is(value, -0) ? 0 : value);
      }),
    );
  });
});
