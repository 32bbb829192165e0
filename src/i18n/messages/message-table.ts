import { FIELD_LABELS } from '../field-labels';
import { formatIssue } from '../format-issue';
import type { Locale } from '../locale';
import type { ValidationIssue } from '../../validation/issues';
import { ISSUE_SAMPLES, SUBJECT_SAMPLES, type SubjectSample } from './issue-samples';
import type { IssueSubject } from './issue-subject';

const subjectIn = (sample: SubjectSample, locale: Locale): IssueSubject => ({
  label: FIELD_LABELS[locale].fields[sample.key],
  action: sample.action,
  key: sample.key,
});

/** The parameters that choose a message's variant, as a short cell (`idType: us_ssn`). */
function variantOf(issue: ValidationIssue): string {
  const entries = Object.entries(issue).filter(([name]) => name !== 'code');
  return entries
    .map(([name, value]) => `${name}: ${Array.isArray(value) ? value.join(' ') : String(value)}`)
    .join(', ');
}

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * Every issue code's message in English and Japanese, as a Markdown table: each sample issue without a
 * field (headless use), then at each sample field. Generated from the catalogues, so it cannot drift.
 */
export function messageTable(): string {
  const rows: string[] = [
    '| Code | Variant | Field | English | Japanese |',
    '| ---- | ------- | ----- | ------- | -------- |',
  ];
  for (const [code, issues] of Object.entries(ISSUE_SAMPLES) as [keyof typeof ISSUE_SAMPLES, ValidationIssue[]][]) {
    const subjects = SUBJECT_SAMPLES[code] ?? [];
    for (const issue of issues) {
      const row = (field: string, en: string, ja: string): string =>
        `| \`${code}\` | ${cell(variantOf(issue))} | ${cell(field)} | ${cell(en)} | ${cell(ja)} |`;
      rows.push(row('—', formatIssue(issue, 'en'), formatIssue(issue, 'ja')));
      for (const sample of subjects) {
        const en = subjectIn(sample, 'en');
        const ja = subjectIn(sample, 'ja');
        rows.push(
          row(
            `${en.label} / ${ja.label} (${sample.action})`,
            formatIssue(issue, 'en', undefined, en),
            formatIssue(issue, 'ja', undefined, ja),
          ),
        );
      }
    }
  }
  return `${rows.join('\n')}\n`;
}
