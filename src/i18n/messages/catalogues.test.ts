import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../validation/issues';
import { EN_MESSAGES } from './en';
import { ISSUE_SAMPLES as SAMPLES } from './issue-samples';
import { JA_MESSAGES } from './ja';

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
