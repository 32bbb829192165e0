import type { IssueCode, IssueOf, ValidationIssue } from '../validation/issues';
import type { Locale } from './locale';
import { EN_MESSAGES } from './messages/en';
import type { IssueMessages } from './messages/issue-messages';
import type { IssueSubject } from './messages/issue-subject';

export type { IssueSubject, SubjectAction } from './messages/issue-subject';

/** A host's own wording for some codes, as text or built from the issue and the field it is about. */
export type MessageOverrides = {
  [C in IssueCode]?: string | ((issue: IssueOf<C>, subject?: IssueSubject) => string);
};

// Japanese until installed (`src/i18n/problem-words.ja.ts`) falls back on English, as a missing code does.
const CATALOGUES: Record<Locale, Partial<IssueMessages>> = { en: EN_MESSAGES, ja: {} };

export function installIssueMessages(locale: Locale, catalogue: Partial<IssueMessages>): void {
  CATALOGUES[locale] = catalogue;
}

/**
 * A message for one issue: the host's override for its code, then the locale's catalogue, then English.
 * With a `subject` the message names the field and says what to do with it ("Choose a state.").
 */
export function formatIssue(
  issue: ValidationIssue,
  locale: Locale,
  overrides?: MessageOverrides,
  subject?: IssueSubject,
): string {
  // A union of per-code functions cannot be called with the union of issues; each is keyed by the
  // issue's own code, so the widening below is sound.
  type Message = (issue: ValidationIssue, subject?: IssueSubject) => string;
  const override = overrides?.[issue.code] as string | Message | undefined;
  if (typeof override === 'string') return override;
  if (typeof override === 'function') return override(issue, subject);
  const message = (CATALOGUES[locale][issue.code] ?? EN_MESSAGES[issue.code]) as Message;
  return message(issue, subject);
}
