import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locale';
import { documentMessages, formatDocumentIssue, formatFileSize } from './messages';
import type { DocumentIssue } from './types';

const everyIssue: DocumentIssue[] = [
  { code: 'empty' },
  { code: 'unsupported_type' },
  { code: 'truncated', kind: 'png' },
  { code: 'too_large', size: 12_000_000, maxBytes: 10_485_760 },
  { code: 'too_many_pixels', width: 8001, height: 600, maxSide: 8000 },
  { code: 'undecodable', kind: 'jpeg' },
  { code: 'undecodable' },
];

function message(locale: (typeof LOCALES)[number], issue: DocumentIssue): string {
  const issues = documentMessages(locale).issues as Record<string, (issue: DocumentIssue) => string>;
  const format = issues[issue.code];
  if (!format) throw new Error(`no message for ${issue.code}`);
  return format(issue);
}

describe('document messages', () => {
  it.each(LOCALES)('%s: each issue has its own message', (locale) => {
    const texts = everyIssue.slice(0, 6).map((issue) => message(locale, issue));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it.each(LOCALES)('%s: an issue is worded by its own code’s message', (locale) => {
    for (const issue of everyIssue) expect(formatDocumentIssue(issue, locale)).toBe(message(locale, issue));
  });

  it('Japanese messages are written in Japanese', () => {
    for (const issue of everyIssue) expect(message('ja', issue)).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('names the pixel size and the format where the user needs them', () => {
    expect(message('en', everyIssue[4] ?? { code: 'empty' })).toContain('8001 × 600');
    expect(message('ja', { code: 'truncated', kind: 'pdf' })).toContain('PDF');
  });

  it('formats sizes as people read them', () => {
    expect(formatFileSize(2048, 'en')).toBe('2 kB');
    expect(formatFileSize(1_572_864, 'en')).toBe('1.5 MB');
    expect(formatFileSize(10, 'en')).toBe('1 kB');
  });
});
