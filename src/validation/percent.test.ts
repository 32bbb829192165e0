import { describe, expect, it } from 'vitest';
import { validatePercentOwnership } from './percent';

describe('validatePercentOwnership', () => {
  it.each(['0', '25', '33.33', '50.5', '100', '100.00', '１００', '007'])('accepts %s', (value) => {
    expect(validatePercentOwnership(value)).toBeNull();
  });

  it.each([
    { value: '100.01', expected: { code: 'number_out_of_range', min: 0, max: 100 }, reason: 'over 100' },
    { value: '250', expected: { code: 'number_out_of_range', min: 0, max: 100 }, reason: 'far over 100' },
    { value: '33.333', expected: { code: 'too_many_decimals', maxDecimals: 2 }, reason: 'three decimals' },
    { value: '-5', expected: { code: 'invalid_number' }, reason: 'negative' },
    { value: '25%', expected: { code: 'invalid_number' }, reason: 'a percent sign' },
    { value: '12,5', expected: { code: 'invalid_number' }, reason: 'a decimal comma' },
    { value: '.5', expected: { code: 'invalid_number' }, reason: 'no leading digit' },
    { value: '5.', expected: { code: 'invalid_number' }, reason: 'a trailing dot' },
    { value: '1e2', expected: { code: 'invalid_number' }, reason: 'exponent notation' },
    { value: 'half', expected: { code: 'invalid_number' }, reason: 'words' },
  ])('refuses $value: $reason', ({ value, expected }) => {
    expect(validatePercentOwnership(value)).toEqual(expected);
  });
});
