/**
 * What a person or business must give by default, per country, as field keys of their group (Stripe's
 * published individual minimums; Japan adds every script field). Used when the host passes no
 * `requirements` list. `*` is the default for countries not listed.
 */

const NAME = ['given_name', 'surname'];
const DOB = ['dob.day', 'dob.month', 'dob.year'];
const CONTACT = ['email', 'phone'];
const addressOf = (...parts: string[]): string[] => parts.map((part) => `address.${part}`);

export const PERSON_MINIMUMS: Readonly<Record<string, readonly string[]>> = {
  '*': [...NAME, ...DOB, ...CONTACT, ...addressOf('line1', 'city', 'postal_code', 'country')],
  US: [...NAME, ...DOB, ...CONTACT, ...addressOf('line1', 'city', 'state', 'postal_code', 'country'), 'ssn_last_4'],
  CA: [...NAME, ...DOB, ...addressOf('line1', 'city', 'state', 'postal_code', 'country')],
  AU: [...NAME, ...DOB, ...CONTACT, ...addressOf('line1', 'city', 'state', 'postal_code', 'country')],
  SG: [...NAME, ...DOB, 'id_number', ...addressOf('line1', 'postal_code', 'country')],
  HK: [...NAME, ...DOB, 'id_number', ...addressOf('line1', 'city', 'country')],
  JP: [
    'surname_kanji',
    'given_name_kanji',
    'surname_kana',
    'given_name_kana',
    'legal_gender',
    ...DOB,
    ...['postal_code', 'state', 'city', 'town', 'line1'].flatMap((part) => [
      `address_kanji.${part}`,
      `address_kana.${part}`,
    ]),
  ],
};

/** Shown with the minimum but never required: the second address line, a person's role. */
export const PERSON_OPTIONAL: Readonly<Record<string, readonly string[]>> = {
  '*': ['address.line2'],
  JP: ['address_kanji.line2', 'address_kana.line2'],
};

export const PERSON_TOKEN_OPTIONAL = [
  'relationship.title',
  'relationship.representative',
  'relationship.owner',
  'relationship.percent_ownership',
  'relationship.director',
  'relationship.executive',
];

export const COMPANY_MINIMUMS: Readonly<Record<string, readonly string[]>> = {
  '*': ['name', 'phone', 'tax_id', ...addressOf('line1', 'city', 'postal_code', 'country')],
  US: ['name', 'phone', 'tax_id', ...addressOf('line1', 'city', 'state', 'postal_code', 'country')],
  CA: ['name', 'phone', 'tax_id', ...addressOf('line1', 'city', 'state', 'postal_code', 'country')],
  AU: ['name', 'phone', 'tax_id', ...addressOf('line1', 'city', 'state', 'postal_code', 'country')],
  HK: ['name', 'phone', 'tax_id', ...addressOf('line1', 'city', 'country')],
  JP: [
    'name',
    'name_kanji',
    'name_kana',
    'phone',
    'tax_id',
    ...['postal_code', 'state', 'city', 'town', 'line1'].flatMap((part) => [
      `address_kanji.${part}`,
      `address_kana.${part}`,
    ]),
  ],
};

export const COMPANY_OPTIONAL: Readonly<Record<string, readonly string[]>> = {
  '*': ['address.line2', 'structure'],
  JP: ['address_kanji.line2', 'address_kana.line2', 'structure'],
};

/** Account-level keys every account token form asks for. */
export const ACCOUNT_MINIMUMS = ['business_type', 'terms.accepted'];
