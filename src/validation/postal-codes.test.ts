import { describe, expect, it } from 'vitest';
import {
  COUNTRIES_WITHOUT_POSTAL_CODE,
  POSTAL_CODE_RULES,
  normalizePostalCode,
  validatePostalCode,
} from './postal-codes';

/** Real postal codes, one or more per country (capital cities, well-known landmarks). */
const VALID: ReadonlyArray<readonly [country: string, value: string]> = [
  ['AT', '1010'],
  ['AU', '2000'],
  ['AU', '0800'],
  ['BE', '1000'],
  ['BG', '1000'],
  ['BR', '01310-100'],
  ['BR', '01310100'],
  ['CA', 'K1A 0B1'],
  ['CA', 'm5v3l9'],
  ['CH', '8001'],
  ['CY', '1010'],
  ['CZ', '110 00'],
  ['CZ', '11000'],
  ['DE', '10115'],
  ['DK', '1050'],
  ['EE', '10111'],
  ['ES', '28001'],
  ['ES', '52001'],
  ['FI', '00100'],
  ['FR', '75001'],
  ['GB', 'SW1A 1AA'],
  ['GB', 'EC1A1BB'],
  ['GB', 'M1 1AE'],
  ['GB', 'B33 8TH'],
  ['GI', 'GX11 1AA'],
  ['GR', '105 57'],
  ['HR', '10000'],
  ['HU', '1051'],
  ['IE', 'D02 X285'],
  ['IE', 'A65F4E2'],
  ['IN', '110001'],
  ['ID', '10110'],
  ['IT', '00118'],
  ['JP', '100-0001'],
  ['JP', '1000001'],
  ['JP', '１００－０００１'],
  ['JP', '100ー0001'],
  ['LI', '9490'],
  ['LT', 'LT-01100'],
  ['LT', '01100'],
  ['LU', '1111'],
  ['LU', 'L-1111'],
  ['LV', 'LV-1050'],
  ['MT', 'VLT 1117'],
  ['MX', '06000'],
  ['MY', '50000'],
  ['NL', '1012 JS'],
  ['NL', '1012js'],
  ['NO', '0150'],
  ['NZ', '6011'],
  ['PH', '1000'],
  ['PL', '00-001'],
  ['PT', '1000-001'],
  ['RO', '010011'],
  ['SE', '111 22'],
  ['SG', '018956'],
  ['SI', '1000'],
  ['SK', '811 01'],
  ['TH', '10200'],
  ['US', '94103'],
  ['US', '94103-1234'],
];

const INVALID: ReadonlyArray<{ country: string; value: string; reason: string }> = [
  { country: 'US', value: '9410', reason: 'four digits' },
  { country: 'US', value: '94103-12', reason: 'a short ZIP+4' },
  { country: 'US', value: 'ABCDE', reason: 'letters' },
  { country: 'JP', value: '100-001', reason: 'six digits' },
  { country: 'JP', value: '10-00001', reason: 'hyphen in the wrong place' },
  { country: 'CA', value: 'D1A 0B1', reason: 'D is not a first letter' },
  { country: 'CA', value: '12345', reason: 'a US ZIP in a Canadian address' },
  { country: 'GB', value: 'SW1A', reason: 'outward code only' },
  { country: 'GB', value: '12345', reason: 'digits only' },
  { country: 'DE', value: '1011', reason: 'four digits' },
  { country: 'FR', value: '750001', reason: 'six digits' },
  { country: 'ES', value: '53001', reason: 'no province 53' },
  { country: 'NL', value: '0123 AB', reason: 'cannot start with 0' },
  { country: 'NL', value: '1012 SS', reason: 'SS is never used' },
  { country: 'BR', value: '0131-0100', reason: 'hyphen in the wrong place' },
  { country: 'PL', value: '0-0001', reason: 'wrong grouping' },
  { country: 'PT', value: '1000', reason: 'only the first part' },
  { country: 'SG', value: '18956', reason: 'five digits' },
  { country: 'AU', value: '200', reason: 'three digits' },
  { country: 'IE', value: 'D02', reason: 'routing key only' },
  { country: 'IN', value: '011001', reason: 'starts with 0' },
  { country: 'LI', value: '8001', reason: 'a Swiss code in Liechtenstein' },
  { country: 'MT', value: '1117', reason: 'no locality letters' },
  { country: 'RO', value: '01001', reason: 'five digits' },
  { country: 'GI', value: 'GX12 1AA', reason: 'Gibraltar has a single code' },
];

describe('validatePostalCode', () => {
  it.each(VALID)('%s accepts %s', (country, value) => {
    expect(validatePostalCode(value, { country })).toBeNull();
  });

  it.each(INVALID)('$country refuses $value: $reason', ({ country, value }) => {
    expect(validatePostalCode(value, { country })).toEqual({
      code: 'invalid_postal_code',
      country,
      example: POSTAL_CODE_RULES[country]?.example,
    });
  });

  it.each([...COUNTRIES_WITHOUT_POSTAL_CODE])('%s has no postal codes, so any value is refused', (country) => {
    expect(validatePostalCode('00000', { country })).toEqual({ code: 'postal_code_not_used', country });
  });

  it('leaves countries without a known format to Stripe', () => {
    expect(validatePostalCode('ANYTHING 123', { country: 'AQ' })).toBeNull();
    expect(validatePostalCode('12345', {})).toBeNull();
  });

  it('accepts lower-case country codes', () => {
    expect(validatePostalCode('94103', { country: 'us' })).toBeNull();
  });

  it('gives every example a shape its own rule accepts', () => {
    for (const [country, rule] of Object.entries(POSTAL_CODE_RULES)) {
      expect(rule.pattern.test(normalizePostalCode(rule.example)), country).toBe(true);
    }
  });

  it('accepts every example as an issued code, not only as a shape', () => {
    for (const [country, rule] of Object.entries(POSTAL_CODE_RULES)) {
      expect(validatePostalCode(rule.example, { country }), country).toBeNull();
    }
  });

  it.each([
    { country: 'GB', value: 'QA1 1AA', why: 'no postcode area starts with Q' },
    { country: 'GB', value: 'XX1 1AA', why: 'XX is not a postcode area' },
    { country: 'GB', value: 'M1A 1AA', why: 'lettered districts exist only in central London' },
    { country: 'GB', value: 'SW1A 1AC', why: 'C is never an inward letter' },
    { country: 'US', value: '00123', why: 'ZIP codes start at 00501' },
    { country: 'FR', value: '96100', why: 'there is no département 96' },
    { country: 'AU', value: '0500', why: 'Australia Post issues no 05xx' },
    { country: 'DE', value: '00000', why: 'all zeros' },
  ])('refuses $value in $country: $why', ({ country, value }) => {
    expect(validatePostalCode(value, { country })).toMatchObject({ code: 'invalid_postal_code', country });
  });

  it.each([
    { country: 'GB', value: 'EC1A 1BB' },
    { country: 'GB', value: 'W1A 0AX' },
    { country: 'GB', value: 'GIR 0AA' },
    { country: 'US', value: '00501' },
    { country: 'AU', value: '0800' },
    { country: 'JP', value: '001-0000' },
  ])('accepts $value in $country at the edge of its rules', ({ country, value }) => {
    expect(validatePostalCode(value, { country })).toBeNull();
  });

  it('covers every country Stripe Connect is offered in', () => {
    const connectCountries =
      'AE AT AU BE BG BR CA CH CY CZ DE DK EE ES FI FR GB GI GR HK HR HU IE IT JP LI LT LU LV MT MX MY NL NO NZ PL PT RO SE SG SI SK TH US';
    for (const country of connectCountries.split(' ')) {
      const known = country in POSTAL_CODE_RULES || COUNTRIES_WITHOUT_POSTAL_CODE.has(country);
      expect(known, country).toBe(true);
    }
  });
});

describe('normalizePostalCode', () => {
  it.each([
    { input: '１００－０００１', expected: '100-0001' },
    { input: ' sw1a   1aa ', expected: 'SW1A 1AA' },
    { input: '100−0001', expected: '100-0001' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(normalizePostalCode(input)).toBe(expected);
  });
});
