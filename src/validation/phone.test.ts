import { describe, expect, it } from 'vitest';
import { toE164, validatePhone } from './phone';

describe('toE164', () => {
  it.each([
    { value: '03-1234-5678', country: 'JP', expected: '+81312345678', why: 'a Tokyo landline' },
    { value: '090-1234-5678', country: 'JP', expected: '+819012345678', why: 'a Japanese mobile' },
    { value: '０９０−１２３４−５６７８', country: 'JP', expected: '+819012345678', why: 'full-width input' },
    { value: '(415) 555-2671', country: 'US', expected: '+14155552671', why: 'a US number' },
    { value: '020 7946 0018', country: 'GB', expected: '+442079460018', why: 'a London number' },
    {
      value: '+44 20 7946 0018',
      country: 'US',
      expected: '+442079460018',
      why: 'an international number in a US form',
    },
    { value: '6123 4567', country: 'SG', expected: '+6561234567', why: 'a Singapore landline' },
  ])('$why: $value → $expected', async ({ value, country, expected }) => {
    expect(await toE164(value, country)).toBe(expected);
  });

  it.each([
    { value: '12345', country: 'US', reason: 'too short' },
    { value: '(415) 555-26711', country: 'US', reason: 'too long' },
    { value: '+1 415 555', country: undefined, reason: 'incomplete international number' },
    { value: '0312345678', country: undefined, reason: 'national format without a country' },
    { value: '03-1234-5678', country: 'ZZ', reason: 'an unknown country is no default' },
    { value: 'not a phone', country: 'JP', reason: 'no digits' },
  ])('refuses $value ($reason)', async ({ value, country }) => {
    expect(await toE164(value, country)).toBeNull();
  });

  it('checks digit patterns, not only length (max metadata)', async () => {
    // Right length, but no Singapore range starts with 3 and no Japanese one with 90-0000: `min`
    // metadata accepts both.
    expect(await toE164('+6539555555')).toBeNull();
    expect(await toE164('090-0000-0000', 'JP')).toBeNull();
  });
});

describe('validatePhone', () => {
  it('names the address country in the issue', async () => {
    expect(await validatePhone('12345', { country: 'JP' })).toEqual({ code: 'invalid_phone', country: 'JP' });
  });
  it('omits the country when there is none', async () => {
    expect(await validatePhone('12345', {})).toEqual({ code: 'invalid_phone' });
  });
  it('accepts a valid national number', async () => {
    expect(await validatePhone('03-1234-5678', { country: 'JP' })).toBeNull();
  });
});

describe('validatePhone, characters around the number', () => {
  it.each(['+1 541 754 3010\u0000', '+1 541 754 3010 abc', '+1 800 FLOWERS', 'tel:+15417543010', '++1 541 754 3010'])(
    'refuses %j instead of dropping what is not the number',
    async (value) => {
      expect(await validatePhone(value, { country: 'US' })).toEqual({ code: 'phone_characters' });
    },
  );

  it.each(['541-754-3010 ext 12', '+1 541 754 3010 x12', '+1 541 754 3010 #12', '03-1234-5678 内線123'])(
    'says %j has an extension',
    async (value) => {
      expect(await validatePhone(value, { country: 'US' })).toEqual({ code: 'phone_extension' });
    },
  );

  it('takes the dashes and full-width digits Japanese IMEs type', async () => {
    expect(await validatePhone('０９０ー１２３４ー５６７８', { country: 'JP' })).toBeNull();
    expect(await validatePhone('090−1234−5678', { country: 'JP' })).toBeNull();
  });
});
