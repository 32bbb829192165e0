import { describe, expect, it } from 'vitest';
import { BUSINESS_ID_TYPES } from './business-id-types';
import { VALID_BUSINESS_IDS } from './id-number-samples';
import { V1_BUSINESS_ID_NUMBERS, v1BusinessIdTypes } from './v1-business-id-numbers';
import { validateBusinessIdNumber } from './validate-id-number';

const entries = Object.entries(V1_BUSINESS_ID_NUMBERS).flatMap(([country, numbers]) =>
  Object.entries(numbers).flatMap(([field, types]) => types.map((idType) => ({ country, field, idType }))),
);

describe('v1 company numbers', () => {
  it.each(entries)(
    '$country $field is checked as $idType, a business type issued by $country',
    ({ country, idType }) => {
      expect(BUSINESS_ID_TYPES[idType].country).toBe(country);
    },
  );

  it('follows the examples in Stripe’s description of company.tax_id', () => {
    expect(v1BusinessIdTypes('US', 'tax_id')).toEqual(['us_ein']);
    expect(v1BusinessIdTypes('gb', 'tax_id')).toEqual(['gb_crn']);
    expect(v1BusinessIdTypes('GB', 'vat_id')).toEqual(['gb_vat']);
    expect(v1BusinessIdTypes('JP', 'tax_id')).toEqual(['jp_cn']);
    expect(v1BusinessIdTypes('DE', 'tax_id')).toEqual(['de_stn']);
    expect(v1BusinessIdTypes('DE', 'registration_number')).toEqual(['de_hrn']);
  });

  it('knows nothing for a country without business types, so the value goes unchecked', () => {
    expect(v1BusinessIdTypes('IN', 'tax_id')).toEqual([]);
    expect(v1BusinessIdTypes('US', 'vat_id')).toEqual([]);
  });

  it('accepts the sample numbers of each default type and refuses a number of the wrong shape', async () => {
    for (const [country, numbers] of Object.entries(V1_BUSINESS_ID_NUMBERS)) {
      const idType = numbers.tax_id?.[0];
      if (!idType) continue;
      for (const sample of VALID_BUSINESS_IDS[idType] ?? []) {
        expect(await validateBusinessIdNumber(sample, { idType, country }), `${idType} ${sample}`).toBeNull();
      }
    }
    expect(await validateBusinessIdNumber('12-345', { idType: 'us_ein', country: 'US' })).not.toBeNull();
  });
});
