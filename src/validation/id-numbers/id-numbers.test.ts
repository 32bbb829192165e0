import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUSINESS_ID_TYPES } from './business-id-types';
import { INVALID_IDS, VALID_BUSINESS_IDS, VALID_PERSON_IDS } from './id-number-samples';
import { PERSON_ID_TYPES } from './person-id-types';
import { V1_ID_NUMBER_OPTIONS, v1IdNumberOptions } from './v1-id-numbers';
import { validateBusinessIdNumber, validateIdNumber } from './validate-id-number';

/** The id type unions as the official SDK declares them, so a Stripe upgrade that adds one fails here. */
function stripeIdTypes(relativePath: string, firstMember: string): string[] {
  const file = new URL(`../../../node_modules/stripe/esm/resources/${relativePath}`, import.meta.url);
  const source = readFileSync(file, 'utf8');
  const union = source.split('\n').find((line) => line.includes(`type Type = '${firstMember}'`));
  return [...(union ?? '').matchAll(/'([a-z0-9_]+)'/g)].map((match) => match[1] ?? '');
}

const stripePersonTypes = stripeIdTypes('V2/Core/Accounts/PersonTokens.d.ts', 'ae_eid');
const stripeBusinessTypes = stripeIdTypes('V2/Core/AccountTokens.d.ts', 'ae_crn');

describe('id type coverage', () => {
  it('finds the unions in the Stripe SDK', () => {
    expect(stripePersonTypes.length).toBeGreaterThan(70);
    expect(stripeBusinessTypes.length).toBeGreaterThan(100);
  });

  it('has a rule for every person id type Stripe accepts, and no others', () => {
    expect(Object.keys(PERSON_ID_TYPES).sort()).toEqual([...stripePersonTypes].sort());
  });

  it('has a rule for every business id type Stripe accepts, and no others', () => {
    expect(Object.keys(BUSINESS_ID_TYPES).sort()).toEqual([...stripeBusinessTypes].sort());
  });

  it('has a valid sample for every type', () => {
    expect(Object.keys(VALID_PERSON_IDS).sort()).toEqual(Object.keys(PERSON_ID_TYPES).sort());
    expect(Object.keys(VALID_BUSINESS_IDS).sort()).toEqual(Object.keys(BUSINESS_ID_TYPES).sort());
  });

  it('names the issuing country of each type in its prefix', () => {
    for (const [idType, rule] of [...Object.entries(PERSON_ID_TYPES), ...Object.entries(BUSINESS_ID_TYPES)]) {
      expect(idType.slice(0, 2).toUpperCase(), idType).toBe(rule.country);
    }
  });
});

const validPersonCases = Object.entries(VALID_PERSON_IDS).flatMap(([idType, values]) =>
  values.map((value) => ({ idType, value })),
);
const validBusinessCases = Object.entries(VALID_BUSINESS_IDS).flatMap(([idType, values]) =>
  values.map((value) => ({ idType, value })),
);

describe('valid person id numbers', () => {
  it.each(validPersonCases)('$idType accepts $value', async ({ idType, value }) => {
    expect(await validateIdNumber(value, { idType })).toBeNull();
  });
});

describe('valid business id numbers', () => {
  it.each(validBusinessCases)('$idType accepts $value', async ({ idType, value }) => {
    expect(await validateBusinessIdNumber(value, { idType })).toBeNull();
  });
});

describe('invalid id numbers', () => {
  it.each(INVALID_IDS)('$idKind $idType refuses $value: $reason', async ({ idType, idKind, value, code, warning }) => {
    const validate = idKind === 'business' ? validateBusinessIdNumber : validateIdNumber;
    const issue = await validate(value, { idType });
    expect(issue).toEqual(warning ? { code, idType, idKind, severity: 'warning' } : { code, idType, idKind });
  });
});

describe('validateIdNumber', () => {
  it('accepts full-width digits typed with a Japanese IME', async () => {
    expect(await validateIdNumber('１２３４５６７８９０１８', { idType: 'jp_inc' })).toBeNull();
  });

  it('leaves id types it does not know to Stripe', async () => {
    expect(await validateIdNumber('anything', { idType: 'xx_future_type' })).toBeNull();
    expect(await validateIdNumber('anything', {})).toBeNull();
  });

  it('does not treat inherited object keys as id types', async () => {
    expect(await validateIdNumber('x', { idType: 'constructor' })).toBeNull();
  });

  it('tells apart person and business types that share a name', async () => {
    // de_stn is the 11-digit Steuer-ID for a person and the Steuernummer for a business.
    expect(await validateIdNumber('121/5752/5373', { idType: 'de_stn' })).not.toBeNull();
    expect(await validateBusinessIdNumber('121/5752/5373', { idType: 'de_stn' })).toBeNull();
  });

  it('blocks a wrong Mexican RFC check digit only as a warning', async () => {
    const issue = await validateIdNumber('GODE561231GR9', { idType: 'mx_rfc' });
    expect(issue?.severity).toBe('warning');
  });
});

describe('numbers national rules never issue', () => {
  it.each(['666-12-3456', '000-12-3456', '900-12-3456', '123-00-4567', '123-45-0000'])(
    'refuses the SSN %s as never issued',
    async (value) => {
      expect(await validateIdNumber(value, { idType: 'us_ssn' })).toEqual({
        code: 'id_number_not_issued',
        idType: 'us_ssn',
        idKind: 'person',
      });
    },
  );

  it('accepts Stripe’s test SSN and last four unless the key is live', async () => {
    for (const keyMode of ['test', undefined] as const) {
      expect(await validateIdNumber('000-00-0000', { idType: 'us_ssn', keyMode })).toBeNull();
      expect(await validateIdNumber('0000', { idType: 'us_ssn_last_4', keyMode })).toBeNull();
    }
    expect(await validateIdNumber('000-00-0000', { idType: 'us_ssn', keyMode: 'live' })).toMatchObject({
      code: 'id_number_not_issued',
    });
    expect(await validateIdNumber('0000', { idType: 'us_ssn_last_4', keyMode: 'live' })).toMatchObject({
      code: 'id_number_not_issued',
    });
  });

  it.each([
    { idType: 'br_cpf', value: '111.111.111-11' },
    { idType: 'jp_inc', value: '000000000000' },
    { idType: 'es_nif', value: '00000000T' },
  ])('refuses the $idType $value, one repeated digit that passes its checksum', async ({ idType, value }) => {
    expect(await validateIdNumber(value, { idType })).toEqual({
      code: 'id_number_not_issued',
      idType,
      idKind: 'person',
    });
  });

  it('refuses a CNPJ of zeros', async () => {
    expect(await validateBusinessIdNumber('00.000.000/0000-00', { idType: 'br_cnpj' })).toMatchObject({
      code: 'id_number_not_issued',
    });
  });
});

describe('v1 id number options', () => {
  it('offers SSN and ITIN for a US id_number and the last four for ssn_last_4', () => {
    expect(v1IdNumberOptions('US').map((option) => option.idType)).toEqual(['us_ssn', 'us_itin']);
    expect(v1IdNumberOptions('us', 'ssn_last_4').map((option) => option.idType)).toEqual(['us_ssn_last_4']);
  });

  it('puts the Thai laser code in id_number_secondary', () => {
    expect(v1IdNumberOptions('TH', 'id_number_secondary').map((option) => option.idType)).toEqual(['th_lc']);
  });

  it('only offers types issued by the country', () => {
    for (const [country, options] of Object.entries(V1_ID_NUMBER_OPTIONS)) {
      for (const option of options) expect(PERSON_ID_TYPES[option.idType].country, option.idType).toBe(country);
    }
  });

  it('offers nothing for a country without a known national number', () => {
    expect(v1IdNumberOptions('AQ')).toEqual([]);
  });
});
