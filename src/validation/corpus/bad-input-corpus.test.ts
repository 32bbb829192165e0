import { describe, expect, it } from 'vitest';
import { checkField, type CheckContext } from '../../fields/checks';
import { mountFields } from '../../fields/mount';
import type { Field } from '../../fields/types';
import { formatIssue } from '../../i18n/format-issue';
import { isBlocking, type ValidationIssue } from '../issues';
import { BAD_VALUES, EMAIL_TYPOS, VALID_EDGE_VALUES, type CorpusEntry } from './bad-input-corpus';

/** The forms the corpus is typed into; a field id is looked up in each in turn. */
const CORPUS_FORMS: readonly Field[] = [
  ...mountFields({ token: 'person', version: 'v1' }),
  ...mountFields({ token: 'person', version: 'v2' }),
  ...mountFields({ token: 'account', version: 'v1', businessType: 'company' }),
  ...mountFields({ token: 'account', version: 'v2', businessType: 'company' }),
];

function fieldOf(id: string): Field {
  const field = CORPUS_FORMS.find((candidate) => candidate.id === id);
  if (!field) throw new Error(`no field ${id} in the corpus forms`);
  return field;
}

/** The issue the form's checks find for one entry, the field required as it would be on a form. */
function check(entry: CorpusEntry): Promise<ValidationIssue | null> {
  const context: CheckContext = {
    country: 'US',
    today: new Date('2026-11-22T00:00:00Z'),
    ...(entry.idType ? { idTypes: { [entry.field]: entry.idType } } : {}),
    ...(entry.keyMode ? { keyMode: entry.keyMode } : {}),
  };
  return checkField(fieldOf(entry.field), { ...entry.with, [entry.field]: entry.value }, true, context);
}

const describeEntry = (entry: CorpusEntry): string => `${entry.field} ${JSON.stringify(entry.value)} (${entry.why})`;

describe('the bad-input corpus', () => {
  it('is large enough to stand for what people type', () => {
    expect(BAD_VALUES.length).toBeGreaterThanOrEqual(300);
    expect(VALID_EDGE_VALUES.length).toBeGreaterThanOrEqual(80);
  });

  it('stops every bad value at its field, with a blocking issue worded in English and Japanese', async () => {
    const missed: string[] = [];
    for (const entry of BAD_VALUES) {
      const issue = await check(entry);
      if (!issue || !isBlocking(issue)) {
        missed.push(describeEntry(entry));
        continue;
      }
      expect(formatIssue(issue, 'en').trim(), describeEntry(entry)).not.toBe('');
      expect(formatIssue(issue, 'ja'), describeEntry(entry)).toMatch(/[\p{Script=Hiragana}\p{Script=Han}]/u);
    }
    // eslint-disable-next-line no-console -- the figures are what this suite reports
    console.info(`bad-input corpus: ${BAD_VALUES.length - missed.length} / ${BAD_VALUES.length} stopped`);
    expect(missed).toEqual([]);
  });

  it('refuses none of the valid edge values', async () => {
    const falseRejections: string[] = [];
    for (const entry of VALID_EDGE_VALUES) {
      const issue = await check(entry);
      if (issue) falseRejections.push(`${describeEntry(entry)}: ${issue.code}`);
    }
    // eslint-disable-next-line no-console -- the figures are what this suite reports
    console.info(`valid edge values: ${falseRejections.length} / ${VALID_EDGE_VALUES.length} falsely rejected`);
    expect(falseRejections).toEqual([]);
  });

  it.each(EMAIL_TYPOS)('suggests $suggestion for $value without blocking', async (entry) => {
    const issue = await check(entry);
    expect(issue).toEqual({ code: 'email_domain_typo', suggestion: entry.suggestion, severity: 'warning' });
  });
});
