import type { LabelKey } from '../../fields/label-keys';
import type { IssueCode, IssueOf } from '../../validation/issues';
import type { SubjectAction } from './issue-subject';

const TEXT_KINDS = ['name', 'organization', 'address', 'text'] as const;

/** At least one issue per code and per variant; typed so that a new code without samples fails to compile. */
export const ISSUE_SAMPLES: { [C in IssueCode]: ReadonlyArray<IssueOf<C>> } = {
  required: [{ code: 'required' }],
  invalid_country: [{ code: 'invalid_country' }],
  document_uploading: [{ code: 'document_uploading' }],
  document_failed: [{ code: 'document_failed' }],
  invalid_email: [{ code: 'invalid_email' }],
  email_local_part: [
    { code: 'email_local_part', problem: 'dots' },
    { code: 'email_local_part', problem: 'too_long' },
  ],
  email_domain_ending: [
    { code: 'email_domain_ending' },
    { code: 'email_domain_ending', suggestion: 'hanako@ezweb.ne.jp' },
  ],
  email_domain_typo: [{ code: 'email_domain_typo', suggestion: 'jenny@gmail.com', severity: 'warning' }],
  phone_characters: [{ code: 'phone_characters' }],
  phone_extension: [{ code: 'phone_extension' }],
  invalid_phone: [{ code: 'invalid_phone' }, { code: 'invalid_phone', country: 'JP' }],
  invalid_date: [{ code: 'invalid_date' }],
  date_in_future: [{ code: 'date_in_future' }],
  date_too_early: [{ code: 'date_too_early', min: '1900-01-01' }],
  too_young: [{ code: 'too_young', minimumAge: 18 }],
  invalid_number: [{ code: 'invalid_number' }],
  number_out_of_range: [{ code: 'number_out_of_range', min: 0, max: 100 }],
  too_many_decimals: [
    { code: 'too_many_decimals', maxDecimals: 2 },
    { code: 'too_many_decimals', maxDecimals: 1 },
  ],
  invalid_postal_code: [{ code: 'invalid_postal_code', country: 'JP', example: '100-0001' }],
  postal_code_not_found: [{ code: 'postal_code_not_found', postalCode: '100-0999', severity: 'warning' }],
  town_not_in_postal_code: [
    { code: 'town_not_in_postal_code', postalCode: '150-0001', towns: ['神宮前'], more: false, severity: 'warning' },
    { code: 'town_not_in_postal_code', postalCode: '452-0961', towns: ['春日明河原'], more: true, severity: 'warning' },
    { code: 'town_not_in_postal_code', postalCode: '150-0001', towns: [], more: false, severity: 'warning' },
  ],
  postal_code_not_used: [{ code: 'postal_code_not_used', country: 'HK' }],
  invalid_region: [
    { code: 'invalid_region', country: 'US' },
    { code: 'invalid_region', country: 'JP' },
  ],
  id_number_format: [
    { code: 'id_number_format', idType: 'us_ssn', idKind: 'person' },
    { code: 'id_number_format', idType: 'unknown_type', idKind: 'business' },
    { code: 'id_number_format', idType: 'jp_cn', idKind: 'business' },
  ],
  id_number_length: [
    { code: 'id_number_length', idType: 'jp_inc', idKind: 'person' },
    { code: 'id_number_length', idType: 'us_ssn_last_4', idKind: 'person' },
    { code: 'id_number_length', idType: 'br_cpf', idKind: 'person' },
  ],
  id_number_checksum: [
    { code: 'id_number_checksum', idType: 'jp_cn', idKind: 'business' },
    { code: 'id_number_checksum', idType: 'mx_rfc', idKind: 'person', severity: 'warning' },
  ],
  id_number_date: [{ code: 'id_number_date', idType: 'lu_nif', idKind: 'person' }],
  id_number_not_issued: [
    { code: 'id_number_not_issued', idType: 'us_ssn', idKind: 'person' },
    { code: 'id_number_not_issued', idType: 'br_cpf', idKind: 'person' },
  ],
  kana_only: [
    { code: 'kana_only', hint: 'convert_to_katakana' },
    { code: 'kana_only', hint: 'write_reading_in_katakana' },
    { code: 'kana_only', hint: 'remove_symbols' },
  ],
  kana_needs_katakana: [{ code: 'kana_needs_katakana' }],
  kanji_needs_japanese: [{ code: 'kanji_needs_japanese' }],
  too_long: [{ code: 'too_long', maxLength: 100, length: 104 }],
  text_hidden_characters: TEXT_KINDS.map((kind) => ({ code: 'text_hidden_characters', kind })),
  text_blank: TEXT_KINDS.map((kind) => ({ code: 'text_blank', kind })),
  text_characters: TEXT_KINDS.map((kind) => ({ code: 'text_characters', kind, characters: ['<', '😀'] })),
};

/** A field a sample message is about: its label key (the label comes from each language's catalogue) and verb. */
export interface SubjectSample {
  readonly key: LabelKey;
  readonly action: SubjectAction;
}

/** The fields the message table shows each code at, where the wording follows the field. */
export const SUBJECT_SAMPLES: Partial<Record<IssueCode, readonly SubjectSample[]>> = {
  required: [
    { key: 'given_name', action: 'enter' },
    { key: 'surname_kana', action: 'enter' },
    { key: 'email', action: 'enter' },
    { key: 'ssn_last_4', action: 'enter' },
    { key: 'address.state', action: 'choose' },
    { key: 'address.prefecture', action: 'choose' },
    { key: 'id_numbers.type', action: 'choose' },
    { key: 'company.structure', action: 'choose' },
    { key: 'nationalities', action: 'choose-several' },
    { key: 'relationship.owner', action: 'tick' },
    { key: 'terms.accepted', action: 'confirm' },
    { key: 'ownership_declaration.accepted', action: 'confirm' },
    { key: 'document.front', action: 'upload' },
  ],
  kana_only: [
    { key: 'surname_kana', action: 'enter' },
    { key: 'company.name_kana', action: 'enter' },
  ],
  kana_needs_katakana: [{ key: 'surname_kana', action: 'enter' }],
  kanji_needs_japanese: [
    { key: 'surname_kanji', action: 'enter' },
    { key: 'company.name_kanji', action: 'enter' },
  ],
};
