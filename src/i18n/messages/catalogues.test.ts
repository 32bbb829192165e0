import { describe, expect, it } from 'vitest';
import type { IssueCode, IssueOf, ValidationIssue } from '../../validation/issues';
import { EN_MESSAGES } from './en';
import { JA_MESSAGES } from './ja';

const TEXT_KINDS = ['name', 'organization', 'address', 'text'] as const;

/** At least one issue per code and per variant; typed so that a new code without samples fails to compile. */
const SAMPLES: { [C in IssueCode]: ReadonlyArray<IssueOf<C>> } = {
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
  ],
  id_number_length: [{ code: 'id_number_length', idType: 'jp_inc', idKind: 'person' }],
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

const allSamples: ValidationIssue[] = Object.values(SAMPLES).flat();
const render = (catalogue: typeof EN_MESSAGES, issue: ValidationIssue): string =>
  (catalogue[issue.code] as (issue: ValidationIssue) => string)(issue);

describe('message catalogues', () => {
  it('have the same codes in English and Japanese', () => {
    expect(Object.keys(JA_MESSAGES).sort()).toEqual(Object.keys(EN_MESSAGES).sort());
    expect(Object.keys(EN_MESSAGES).sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it.each(allSamples)('give a non-empty message in both languages for %o', (issue) => {
    expect(render(EN_MESSAGES, issue).trim()).not.toBe('');
    expect(render(JA_MESSAGES, issue).trim()).not.toBe('');
  });

  it('write Japanese messages in Japanese, ending as a sentence', () => {
    for (const issue of allSamples) {
      const message = render(JA_MESSAGES, issue);
      expect(message, issue.code).toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u);
      expect(message, issue.code).toMatch(/[。）]$/u);
    }
  });

  it('put the parameters into the message', () => {
    expect(render(EN_MESSAGES, { code: 'too_young', minimumAge: 18 })).toContain('18');
    expect(render(JA_MESSAGES, { code: 'too_young', minimumAge: 18 })).toContain('18歳');
    expect(render(JA_MESSAGES, { code: 'date_too_early', min: '1900-01-01' })).toContain('1900年1月1日');
    expect(render(EN_MESSAGES, { code: 'invalid_postal_code', country: 'JP', example: '100-0001' })).toContain(
      '100-0001',
    );
    const tooLong: ValidationIssue = { code: 'too_long', maxLength: 100, length: 104 };
    expect(render(EN_MESSAGES, tooLong)).toBe('At most 100 characters: this has 104. Shorten it.');
    expect(render(JA_MESSAGES, tooLong)).toBe('100文字以内で入力してください（現在104文字）。');
  });

  it('name the id number in English and use the Japanese name where one exists', () => {
    expect(render(EN_MESSAGES, { code: 'id_number_checksum', idType: 'jp_cn', idKind: 'business' })).toContain(
      'Corporate Number',
    );
    expect(render(JA_MESSAGES, { code: 'id_number_checksum', idType: 'jp_cn', idKind: 'business' })).toContain(
      '法人番号',
    );
    expect(render(JA_MESSAGES, { code: 'id_number_length', idType: 'jp_inc', idKind: 'person' })).toContain(
      'マイナンバー',
    );
  });

  it('name the refused characters and the kind of field', () => {
    const issue: ValidationIssue = { code: 'text_characters', kind: 'name', characters: ['<', '😀'] };
    expect(render(EN_MESSAGES, issue)).toContain('“<”, “😀”');
    expect(render(EN_MESSAGES, issue)).toContain('O’Brien');
    expect(render(JA_MESSAGES, issue)).toContain('お名前に「<」「😀」は使えません');
    const hidden: ValidationIssue = { code: 'text_hidden_characters', kind: 'address' };
    expect(render(EN_MESSAGES, hidden)).toContain('address line');
    expect(render(JA_MESSAGES, hidden)).toMatch(/^住所に/u);
  });

  it('offer the corrected address in a typo hint', () => {
    const issue: ValidationIssue = { code: 'email_domain_typo', suggestion: 'jenny@gmail.com', severity: 'warning' };
    expect(render(EN_MESSAGES, issue)).toContain('Did you mean jenny@gmail.com?');
    expect(render(JA_MESSAGES, issue)).toContain('jenny@gmail.com');
  });

  it('tell a warning apart from an error', () => {
    const warning: ValidationIssue = {
      code: 'id_number_checksum',
      idType: 'mx_rfc',
      idKind: 'person',
      severity: 'warning',
    };
    const error: ValidationIssue = { code: 'id_number_checksum', idType: 'mx_rfc', idKind: 'person' };
    expect(render(EN_MESSAGES, warning)).not.toBe(render(EN_MESSAGES, error));
    expect(render(JA_MESSAGES, warning)).not.toBe(render(JA_MESSAGES, error));
  });
});
