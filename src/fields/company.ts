import { addressFields, japaneseAddressFields } from './address';
import { structuresIn } from './company-structures';
import { documentFields } from './documents';
import type { FieldSpec, ListSpec } from './types';

/** A business's parameters: v1 `account.company`, v2 `identity.business_details`. */

const JAPAN = ['JP'] as const;

function registrationDate(): FieldSpec[] {
  return (['day', 'month', 'year'] as const).map((part) => ({
    key: `registration_date.${part}`,
    v1: `registration_date.${part}`,
    v2: `registration_date.${part}`,
    input: 'date' as const,
    encoding: 'integer' as const,
    datePart: part,
    label: `date.${part}` as const,
    inputMode: 'numeric' as const,
    section: 'company-tax' as const,
    checks: ['registration-date' as const],
  }));
}

function revenue(key: 'annual_revenue' | 'monthly_estimated_revenue'): FieldSpec[] {
  return [
    {
      key: `${key}.amount.value`,
      label: `company.${key}.amount.value`,
      v2: `${key}.amount.value`,
      input: 'integer',
      encoding: 'integer',
      inputMode: 'numeric',
      section: 'company-revenue',
    },
    {
      key: `${key}.amount.currency`,
      label: `company.${key}.amount.currency`,
      v2: `${key}.amount.currency`,
      input: 'select',
      section: 'company-revenue',
    },
  ];
}

export const companyFields: readonly FieldSpec[] = [
  {
    key: 'name',
    label: 'company.name',
    v1: 'name',
    v2: 'registered_name',
    input: 'text',
    section: 'company',
    autocomplete: 'organization',
    checks: ['organization-name'],
  },
  {
    key: 'name_kanji',
    label: 'company.name_kanji',
    v1: 'name_kanji',
    v2: 'script_names.kanji.registered_name',
    input: 'text',
    section: 'company',
    script: 'kanji',
    checks: ['organization-name', 'kanji-name'],
    countries: JAPAN,
  },
  {
    key: 'name_kana',
    label: 'company.name_kana',
    v1: 'name_kana',
    v2: 'script_names.kana.registered_name',
    input: 'text',
    section: 'company',
    script: 'kana',
    checks: ['organization-name', 'kana-name'],
    countries: JAPAN,
  },
  {
    key: 'structure',
    label: 'company.structure',
    v1: 'structure',
    v2: 'structure',
    input: 'select',
    options: structuresIn('v1'),
    optionsV2: structuresIn('v2'),
    section: 'company',
  },
  {
    key: 'phone',
    label: 'company.phone',
    v1: 'phone',
    v2: 'phone',
    input: 'tel',
    inputMode: 'tel',
    section: 'company',
    autocomplete: 'work tel',
    checks: ['phone'],
  },
  ...addressFields({ key: 'address', v1: 'address', v2: 'address', section: 'company-address' }),
  ...japaneseAddressFields({ kanji: 'company-address-kanji', kana: 'company-address-kana' }),
  ...(['administrative_address', 'physical_address', 'principal_place_of_business'] as const).flatMap((name) =>
    addressFields({
      key: name,
      v1: name,
      section: 'company-other-addresses',
      autocompleteSection: `section-${name.replaceAll('_', '-')}`,
    }),
  ),
  {
    key: 'tax_id',
    label: 'company.tax_id',
    v1: 'tax_id',
    input: 'id-number',
    section: 'company-tax',
    sensitive: true,
    checks: ['business-id-number'],
    autocomplete: 'off',
  },
  {
    key: 'tax_id_registrar',
    label: 'company.tax_id_registrar',
    v1: 'tax_id_registrar',
    input: 'text',
    section: 'company-tax',
    countries: ['DE'],
    checks: ['free-text'],
  },
  {
    key: 'vat_id',
    label: 'company.vat_id',
    v1: 'vat_id',
    input: 'id-number',
    section: 'company-tax',
    checks: ['business-id-number'],
  },
  {
    key: 'registration_number',
    label: 'company.registration_number',
    v1: 'registration_number',
    input: 'id-number',
    section: 'company-tax',
    checks: ['business-id-number'],
  },
  ...registrationDate(),
  {
    key: 'export_license_id',
    label: 'company.export_license_id',
    v1: 'export_license_id',
    input: 'text',
    section: 'company-tax',
    countries: ['IN'],
    checks: ['free-text'],
  },
  {
    key: 'export_purpose_code',
    label: 'company.export_purpose_code',
    v1: 'export_purpose_code',
    input: 'text',
    section: 'company-tax',
    countries: ['IN'],
    checks: ['free-text'],
  },
  ...revenue('annual_revenue'),
  {
    key: 'annual_revenue.fiscal_year_end',
    label: 'company.annual_revenue.fiscal_year_end',
    v2: 'annual_revenue.fiscal_year_end',
    // No v1 token parameter has this meaning: Stripe's limit for most text.
    maxLength: 5000,
    input: 'text',
    section: 'company-revenue',
    checks: ['free-text'],
  },
  ...revenue('monthly_estimated_revenue'),
  {
    key: 'estimated_worker_count',
    label: 'company.estimated_worker_count',
    v2: 'estimated_worker_count',
    input: 'integer',
    encoding: 'integer',
    inputMode: 'numeric',
    section: 'company-revenue',
  },
  ...documentFields('company'),
];

export const companyLists: readonly ListSpec[] = [
  {
    key: 'id_numbers',
    v2: 'id_numbers',
    max: 3,
    section: 'company-tax',
    fields: [
      { key: 'type', label: 'id_numbers.type', v2: 'type', input: 'select', section: 'company-tax' },
      {
        key: 'value',
        label: 'id_numbers.value',
        v2: 'value',
        v1Concept: 'tax_id',
        input: 'id-number',
        section: 'company-tax',
        sensitive: true,
        checks: ['business-id-number'],
        autocomplete: 'off',
      },
      {
        key: 'registrar',
        label: 'id_numbers.registrar',
        v2: 'registrar',
        v1Concept: 'tax_id_registrar',
        input: 'text',
        section: 'company-tax',
        countries: ['DE'],
        checks: ['free-text'],
      },
    ],
  },
  {
    key: 'additional_addresses',
    v2: 'additional_addresses',
    max: 2,
    section: 'company-other-addresses',
    fields: [
      ...addressFields({ key: '', v2: '', v1Concept: 'administrative_address', section: 'company-other-addresses' }),
      {
        key: 'purpose',
        label: 'additional_addresses.purpose',
        v2: 'purpose',
        input: 'select',
        options: ['administrative', 'principal_place_of_business'],
        section: 'company-other-addresses',
      },
    ],
  },
];
