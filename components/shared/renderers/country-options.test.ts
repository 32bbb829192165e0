import { describe, expect, it } from 'vitest';
import { loadCountryNames } from '../../../src/i18n/country-names';
import { callingCodeOptions } from './calling-code-options';
import { countryOptions, exactCountry, filterCountries } from './country-options';

describe('the country list and the calling-code list', () => {
  it('keep the order the names come in, which is their language’s', async () => {
    const names = await loadCountryNames('ja');
    const options = countryOptions(names);
    expect(options.map((option) => option.code)).toEqual(Object.keys(names));
    expect(options[0]?.code).toBe('IS');
    expect(countryOptions(names)).toBe(options);
  });

  it('find a country by its name, folded, or by its code', async () => {
    const options = countryOptions(await loadCountryNames('en'));
    expect(filterCountries(options, 'aland')[0]?.code).toBe('AX');
    expect(filterCountries(options, 'ＪＡＰ').map((option) => option.code)).toEqual(['JP']);
    // Names that start with the query first, then those that contain it.
    expect(filterCountries(options, 'guinea').map((option) => option.code)).toEqual(['GN', 'GW', 'GQ', 'PG']);
    expect(exactCountry(options, 'jp')?.name).toBe('Japan');
  });

  it('lists calling codes in the order of the country names, those without a name last', () => {
    const names = { JP: 'Japan', FR: 'France', US: 'United States' };
    const codes = [
      { country: 'US', code: '1' },
      { country: 'TA', code: '290' },
      { country: 'JP', code: '81' },
      { country: 'AC', code: '247' },
      { country: 'FR', code: '33' },
    ];
    expect(callingCodeOptions(codes, names).map((option) => option.label)).toEqual([
      '+81 Japan',
      '+33 France',
      '+1 United States',
      '+247 AC',
      '+290 TA',
    ]);
    expect(callingCodeOptions(codes, names)).toBe(callingCodeOptions(codes, names));
  });
});
