import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUSINESS_ID_TYPES,
  PERSON_ID_TYPES,
  POSTAL_CODE_RULES,
  suggestKatakana,
  validateBusinessIdNumber,
  validateDateOfBirth,
  validateEmail,
  validateIdNumber,
  validateKanaAddressLine,
  validateKanaBlockNumber,
  validateKanaName,
  validateKanjiText,
  validatePercentOwnership,
  validatePhone,
  validatePostalCode,
  validateRegion,
  validateRegistrationDate,
  type ValidationContext,
  type Validator,
} from './index';

const VALIDATORS: ReadonlyArray<{ name: string; validate: Validator }> = [
  { name: 'email', validate: validateEmail },
  { name: 'phone', validate: validatePhone },
  { name: 'date of birth', validate: validateDateOfBirth },
  { name: 'registration date', validate: validateRegistrationDate },
  { name: 'percent ownership', validate: validatePercentOwnership },
  { name: 'postal code', validate: validatePostalCode },
  { name: 'region', validate: validateRegion },
  { name: 'kana name', validate: validateKanaName },
  { name: 'kana address line', validate: validateKanaAddressLine },
  { name: 'kana block number', validate: validateKanaBlockNumber },
  { name: 'kanji text', validate: validateKanjiText },
  { name: 'person id number', validate: validateIdNumber },
  { name: 'business id number', validate: validateBusinessIdNumber },
];

const LONE_SURROGATES = ['\ud800', '\udfff', 'a\ud83d', '\ude00b', '山\udc00田'];
const HUGE = ['9'.repeat(200_000), 'a@'.repeat(100_000) + '.com', 'ア'.repeat(100_000), ' '.repeat(100_000)];

const contexts = fc.record(
  {
    country: fc.constantFrom(...Object.keys(POSTAL_CODE_RULES), 'AE', 'HK', 'ZZ', 'us', ''),
    idType: fc.constantFrom(...Object.keys(PERSON_ID_TYPES), ...Object.keys(BUSINESS_ID_TYPES), 'unknown'),
    minimumAge: fc.integer({ min: 0, max: 120 }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<ValidationContext>;

const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)), maxLength: 8 }),
  fc.stringMatching(/^[0-9A-Z\-./ ]{0,20}$/),
);

function isIssueOrNull(result: unknown): boolean {
  return result === null || (typeof result === 'object' && typeof (result as { code?: unknown }).code === 'string');
}

describe('no validator throws', () => {
  it.each(VALIDATORS)('$name returns an issue or null for any string and context', async ({ validate }) => {
    await fc.assert(
      fc.asyncProperty(anyString, contexts, async (value, context) => isIssueOrNull(await validate(value, context))),
      { numRuns: 150 },
    );
  });

  it.each(VALIDATORS)('$name copes with lone surrogates and huge input', async ({ validate }) => {
    for (const value of [...LONE_SURROGATES, ...HUGE]) {
      for (const context of [
        { country: 'JP', idType: 'jp_inc' },
        { country: 'US', idType: 'us_ssn' },
      ]) {
        expect(isIssueOrNull(await validate(value, context))).toBe(true);
      }
    }
  });

  it('suggestKatakana returns text or null for any string', () => {
    fc.assert(
      fc.property(anyString, (value) => {
        const suggestion = suggestKatakana(value);
        return suggestion === null || typeof suggestion === 'string';
      }),
    );
  });
});

describe('id number checks run for every type without throwing', () => {
  it('every person and business type answers a garbage value with an issue', async () => {
    for (const idType of Object.keys(PERSON_ID_TYPES)) {
      expect(await validateIdNumber('?', { idType }), idType).not.toBeNull();
    }
    for (const idType of Object.keys(BUSINESS_ID_TYPES)) {
      expect(await validateBusinessIdNumber('?', { idType }), idType).not.toBeNull();
    }
  });
});
