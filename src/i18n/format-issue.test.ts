import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../validation/issues';
import { formatIssue } from './format-issue';
import { EN_MESSAGES } from './messages/en';
import { JA_MESSAGES } from './messages/ja';

const tooYoung: ValidationIssue = { code: 'too_young', minimumAge: 18 };

describe('formatIssue', () => {
  it('uses the catalogue of the locale', () => {
    expect(formatIssue({ code: 'kana_only', hint: 'convert_to_katakana' }, 'ja')).toBe(
      '全角カタカナで入力してください。',
    );
    expect(formatIssue({ code: 'kana_only', hint: 'convert_to_katakana' }, 'en')).toBe(
      EN_MESSAGES.kana_only({ code: 'kana_only', hint: 'convert_to_katakana' }),
    );
  });

  it('prefers a host override given as text', () => {
    expect(formatIssue(tooYoung, 'ja', { too_young: '成人の方のみご利用いただけます。' })).toBe(
      '成人の方のみご利用いただけます。',
    );
  });

  it('passes the issue to a host override given as a function', () => {
    const message = formatIssue(tooYoung, 'en', { too_young: (issue) => `Adults only (${issue.minimumAge}+).` });
    expect(message).toBe('Adults only (18+).');
  });

  it('ignores overrides for other codes', () => {
    expect(formatIssue(tooYoung, 'ja', { invalid_email: 'x' })).toBe(
      JA_MESSAGES.too_young({ code: 'too_young', minimumAge: 18 }),
    );
  });
});
