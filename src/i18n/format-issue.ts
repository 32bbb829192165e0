import type { IssueCode, IssueOf, ValidationIssue } from '../validation/issues';
import type { Locale } from './locale';
import { EN_MESSAGES } from './messages/en';
import type { IssueMessages } from './messages/issue-messages';
import { JA_MESSAGES } from './messages/ja';

/** A host's own wording for some codes, as text or built from the issue's parameters. */
export type MessageOverrides = { [C in IssueCode]?: string | ((issue: IssueOf<C>) => string) };

const CATALOGUES: Readonly<Record<Locale, Partial<IssueMessages>>> = { en: EN_MESSAGES, ja: JA_MESSAGES };

/** A message for one issue: the host's override for its code, then the locale's catalogue, then English. */
export function formatIssue(issue: ValidationIssue, locale: Locale, overrides?: MessageOverrides): string {
  // A union of per-code functions cannot be called with the union of issues; each is keyed by the
  // issue's own code, so the widening below is sound.
  const override = overrides?.[issue.code] as string | ((issue: ValidationIssue) => string) | undefined;
  if (typeof override === 'string') return override;
  if (typeof override === 'function') return override(issue);
  const message = (CATALOGUES[locale][issue.code] ?? EN_MESSAGES[issue.code]) as (issue: ValidationIssue) => string;
  return message(issue);
}
