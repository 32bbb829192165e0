// The per-calling-code phone rules judge every number exactly as libphonenumber-js's full `max` metadata
// does: a corpus of valid numbers from every country the calling-code picker offers, written nationally,
// internationally and with a US or Japanese international prefix, and near misses of each (a digit changed,
// dropped or added), read in a form of the number's own country, of the US, of Japan and of no country.
import { getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json';
import { describe, expect, it } from 'vitest';
import { callingCodes, toE164 } from '../phone';

function fullMetadataE164(value: string, country: string | undefined): string | null {
  try {
    const parsed = parsePhoneNumberFromString(value, country as CountryCode | undefined);
    return parsed?.isValid() ? parsed.number : null;
  } catch {
    return null;
  }
}

function nearMisses(digits: string): string[] {
  const last = Number(digits.at(-1));
  return [digits.slice(0, -1) + String((last + 1) % 10), digits.slice(0, -1), `${digits}5`, `${digits}55`];
}

function corpusOf(country: CountryCode): string[] {
  const example = getExampleNumber(country, examples);
  if (!example) return [];
  const international = example.number.slice(1);
  const national = example.formatNational();
  return [
    national,
    example.nationalNumber,
    example.formatInternational(),
    example.number,
    `011 ${international}`,
    `010 ${international}`,
    `00 ${international}`,
    ...nearMisses(example.nationalNumber),
    ...nearMisses(international).map((digits) => `+${digits}`),
  ];
}

describe('phone rules per calling code', () => {
  it('offers every country and calling code the full metadata knows, in the same order', async () => {
    const { getCountries, getCountryCallingCode } = await import('libphonenumber-js/max');
    expect(await callingCodes()).toEqual(
      getCountries().map((country) => ({ country, code: getCountryCallingCode(country) })),
    );
  });

  it('judges a corpus from every offered country as the full metadata does', async () => {
    const countries = (await callingCodes()).map(({ country }) => country as CountryCode);
    const nonGeographic = ['+800 1234 5678', '+808 1234 5678', '+870 301 234 567', '+882 1234 5678', '+979 1234 5678'];
    let valid = 0;
    let compared = 0;
    for (const country of countries) {
      for (const value of [...corpusOf(country), ...nonGeographic]) {
        for (const formCountry of [country, 'US', 'JP', undefined]) {
          const expected = fullMetadataE164(value, formCountry);
          expect({ value, formCountry, e164: await toE164(value, formCountry) }).toEqual({
            value,
            formCountry,
            e164: expected,
          });
          compared += 1;
          if (expected !== null) valid += 1;
        }
      }
    }
    // The corpus is not vacuous: both valid numbers and refusals, from all 245 countries.
    expect(countries.length).toBeGreaterThanOrEqual(245);
    expect(valid).toBeGreaterThan(2000);
    expect(compared - valid).toBeGreaterThan(2000);
    // Thousands of numbers through both parsers: CPU-bound, seconds on a loaded machine.
  }, 60_000);
});
