import { addressFields, japaneseAddressFields } from './address';
import { documentFields } from './documents';
import { demographics } from './person-demographics';
import type { FieldSpec, ListSpec } from './types';

/**
 * A person's parameters, defined once. Mounted at `person` (v1 person token), the body root (v2 person
 * token), `account.individual` (v1) and `identity.individual` (v2).
 */

const JAPAN = ['JP'] as const;

const names: FieldSpec[] = [
  {
    key: 'given_name',
    label: 'given_name',
    v1: 'first_name',
    v2: 'given_name',
    input: 'text',
    section: 'name',
    autocomplete: 'given-name',
    checks: ['person-name'],
  },
  {
    key: 'surname',
    label: 'surname',
    v1: 'last_name',
    v2: 'surname',
    input: 'text',
    section: 'name',
    autocomplete: 'family-name',
    checks: ['person-name'],
  },
  {
    key: 'surname_kanji',
    label: 'surname_kanji',
    v1: 'last_name_kanji',
    v2: 'script_names.kanji.surname',
    input: 'text',
    section: 'script-names',
    autocomplete: 'family-name',
    script: 'kanji',
    checks: ['person-name', 'kanji-name'],
    countries: JAPAN,
  },
  {
    key: 'given_name_kanji',
    label: 'given_name_kanji',
    v1: 'first_name_kanji',
    v2: 'script_names.kanji.given_name',
    input: 'text',
    section: 'script-names',
    autocomplete: 'given-name',
    script: 'kanji',
    checks: ['person-name', 'kanji-name'],
    countries: JAPAN,
  },
  {
    key: 'surname_kana',
    label: 'surname_kana',
    v1: 'last_name_kana',
    v2: 'script_names.kana.surname',
    input: 'text',
    section: 'script-names',
    script: 'kana',
    checks: ['person-name', 'kana-name'],
    countries: JAPAN,
  },
  {
    key: 'given_name_kana',
    label: 'given_name_kana',
    v1: 'first_name_kana',
    v2: 'script_names.kana.given_name',
    input: 'text',
    section: 'script-names',
    script: 'kana',
    checks: ['person-name', 'kana-name'],
    countries: JAPAN,
  },
  {
    key: 'maiden_name',
    label: 'maiden_name',
    v1: 'maiden_name',
    input: 'text',
    section: 'additional-names',
    checks: ['person-name'],
  },
  {
    key: 'full_name_aliases',
    label: 'full_name_aliases',
    v1: 'full_name_aliases',
    input: 'text',
    encoding: 'string-list',
    section: 'additional-names',
    checks: ['person-name'],
  },
];

const contact: FieldSpec[] = [
  {
    key: 'email',
    label: 'email',
    v1: 'email',
    v2: 'email',
    input: 'email',
    section: 'contact',
    autocomplete: 'email',
    inputMode: 'email',
    checks: ['email'],
  },
  {
    key: 'phone',
    label: 'phone',
    v1: 'phone',
    v2: 'phone',
    input: 'tel',
    section: 'contact',
    autocomplete: 'tel',
    inputMode: 'tel',
    checks: ['phone'],
  },
];

function dateParts(key: string, v1: string, v2: string, section: 'date-of-birth'): FieldSpec[] {
  return (['day', 'month', 'year'] as const).map((part) => ({
    key: `${key}.${part}`,
    v1: `${v1}.${part}`,
    v2: `${v2}.${part}`,
    input: 'date' as const,
    encoding: 'integer' as const,
    datePart: part,
    section,
    label: `date.${part}`,
    autocomplete: `bday-${part}`,
    inputMode: 'numeric' as const,
    checks: ['date-of-birth' as const],
  }));
}

const identity: FieldSpec[] = [
  {
    key: 'nationality',
    label: 'nationality',
    v1: 'nationality',
    input: 'country',
    section: 'nationality',
    personTokenOnly: true,
  },
  {
    key: 'nationalities',
    label: 'nationalities',
    v2: 'nationalities',
    // A country code: v1's `nationality` exists on person tokens only, an address country everywhere.
    v1Concept: 'address.country',
    input: 'country',
    encoding: 'string-list',
    section: 'nationality',
  },
  {
    key: 'id_number',
    label: 'id_number',
    v1: 'id_number',
    input: 'id-number',
    section: 'id-numbers',
    sensitive: true,
    checks: ['person-id-number'],
    autocomplete: 'off',
  },
  {
    key: 'id_number_secondary',
    label: 'id_number_secondary',
    v1: 'id_number_secondary',
    input: 'id-number',
    section: 'id-numbers',
    sensitive: true,
    checks: ['person-id-number'],
    autocomplete: 'off',
  },
  {
    key: 'ssn_last_4',
    label: 'ssn_last_4',
    v1: 'ssn_last_4',
    input: 'id-number',
    section: 'id-numbers',
    sensitive: true,
    inputMode: 'numeric',
    checks: ['person-id-number'],
    countries: ['US'],
    autocomplete: 'off',
  },
  {
    key: 'legal_gender',
    label: 'legal_gender',
    v1: 'gender',
    v2: 'legal_gender',
    input: 'select',
    options: ['female', 'male'],
    section: 'gender-and-exposure',
    autocomplete: 'sex',
  },
  {
    key: 'political_exposure',
    label: 'political_exposure',
    v1: 'political_exposure',
    v2: 'political_exposure',
    input: 'select',
    options: ['none', 'existing'],
    section: 'gender-and-exposure',
  },
];

const relationship: FieldSpec[] = [
  ...(['representative', 'owner', 'director', 'executive', 'authorizer', 'legal_guardian'] as const).map(
    (role): FieldSpec => ({
      key: `relationship.${role}`,
      label: `relationship.${role}`,
      v1: `relationship.${role}`,
      v2: `relationship.${role}`,
      input: 'checkbox',
      encoding: 'boolean',
      section: 'relationship',
      ...(role === 'representative' || role === 'authorizer' || role === 'legal_guardian'
        ? { personTokenOnly: true }
        : {}),
    }),
  ),
  {
    key: 'relationship.percent_ownership',
    label: 'relationship.percent_ownership',
    v1: 'relationship.percent_ownership',
    v2: 'relationship.percent_ownership',
    input: 'percent',
    encoding: 'decimal',
    inputMode: 'decimal',
    section: 'relationship',
    checks: ['percent-ownership'],
  },
  {
    key: 'relationship.title',
    label: 'relationship.title',
    v1: 'relationship.title',
    v2: 'relationship.title',
    input: 'text',
    section: 'relationship',
    autocomplete: 'organization-title',
    checks: ['free-text'],
  },
];

const terms: FieldSpec[] = [
  {
    key: 'terms.accepted',
    label: 'terms.accepted',
    v2: 'additional_terms_of_service.account.shown_and_accepted',
    input: 'attestation',
    encoding: 'boolean',
    section: 'terms',
    personTokenOnly: true,
  },
  {
    key: 'terms.date',
    label: 'terms.accepted',
    v1: 'additional_tos_acceptances.account.date',
    input: 'attestation',
    encoding: 'unix-time',
    source: 'browser',
    attestedBy: 'terms.accepted',
    section: 'terms',
    personTokenOnly: true,
  },
  {
    key: 'terms.user_agent',
    label: 'terms.accepted',
    v1: 'additional_tos_acceptances.account.user_agent',
    input: 'attestation',
    encoding: 'user-agent',
    source: 'browser',
    attestedBy: 'terms.accepted',
    section: 'terms',
    personTokenOnly: true,
  },
];

const metadata: FieldSpec = {
  key: 'metadata',
  label: 'metadata',
  v1: 'metadata',
  v2: 'metadata',
  input: 'text',
  source: 'host',
  section: 'metadata',
};

export const personFields: readonly FieldSpec[] = [
  ...names,
  ...contact,
  ...dateParts('dob', 'dob', 'date_of_birth', 'date-of-birth'),
  ...addressFields({ key: 'address', v1: 'address', v2: 'address', section: 'address' }),
  ...japaneseAddressFields({ kanji: 'address-kanji', kana: 'address-kana' }),
  ...addressFields({
    key: 'registered_address',
    v1: 'registered_address',
    section: 'registered-address',
    autocompleteSection: 'section-registered',
  }),
  ...identity,
  ...relationship,
  ...terms,
  ...demographics,
  ...documentFields('person'),
  metadata,
];

/** v2's repeatable person lists. */
export const personLists: readonly ListSpec[] = [
  {
    key: 'additional_names',
    v2: 'additional_names',
    max: 2,
    section: 'additional-names',
    fields: [
      {
        key: 'purpose',
        label: 'additional_names.purpose',
        v2: 'purpose',
        input: 'select',
        options: ['alias', 'maiden'],
        section: 'additional-names',
      },
      {
        key: 'given_name',
        label: 'additional_names.given_name',
        v2: 'given_name',
        v1Concept: 'first_name',
        input: 'text',
        section: 'additional-names',
        checks: ['person-name'],
      },
      {
        key: 'surname',
        label: 'additional_names.surname',
        v2: 'surname',
        v1Concept: 'last_name',
        input: 'text',
        section: 'additional-names',
        checks: ['person-name'],
      },
      {
        key: 'full_name',
        label: 'additional_names.full_name',
        v2: 'full_name',
        v1Concept: 'full_name_aliases[]',
        input: 'text',
        section: 'additional-names',
        checks: ['person-name'],
      },
    ],
  },
  {
    key: 'additional_addresses',
    v2: 'additional_addresses',
    max: 2,
    section: 'additional-addresses',
    fields: [
      // v2 lists the registered address here.
      ...addressFields({ key: '', v2: '', v1Concept: 'registered_address', section: 'additional-addresses' }),
      {
        key: 'purpose',
        label: 'additional_addresses.purpose',
        v2: 'purpose',
        input: 'select',
        options: ['registered'],
        source: 'derived',
        constant: 'registered',
        section: 'additional-addresses',
      },
    ],
  },
  {
    key: 'id_numbers',
    v2: 'id_numbers',
    max: 2,
    section: 'id-numbers',
    fields: [
      { key: 'type', label: 'id_numbers.type', v2: 'type', input: 'select', section: 'id-numbers' },
      {
        key: 'value',
        label: 'id_numbers.value',
        v2: 'value',
        v1Concept: 'id_number',
        input: 'id-number',
        section: 'id-numbers',
        sensitive: true,
        checks: ['person-id-number'],
        autocomplete: 'off',
      },
    ],
  },
];
