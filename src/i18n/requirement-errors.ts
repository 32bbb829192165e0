import type { Locale } from './locale';
import { REQUIREMENT_ERRORS_EN } from './requirement-errors.en';
import type { RequirementErrorWords } from './requirement-errors.types';

/**
 * What to tell a person about an error Stripe reported on a requirement (`Account.requirements.errors[]`,
 * v2 `entries[].errors[]`), from its code: what went wrong and what to do. Stripe's own `reason` may
 * quote what was submitted, so it is never shown. Codes not listed fall back by family, then to a
 * general sentence.
 */
// Japanese until installed (`src/i18n/problem-words.ja.ts`) reads as English: the elements show a message only once it is.
const WORDS: Record<Locale, RequirementErrorWords> = { en: REQUIREMENT_ERRORS_EN, ja: REQUIREMENT_ERRORS_EN };

export function installRequirementErrors(locale: Locale, words: RequirementErrorWords): void {
  WORDS[locale] = words;
}

/** A sentence for one error code in the person's language. */
export function requirementErrorMessage(code: string, locale: Locale): string {
  const words = WORDS[locale];
  return words.byCode[code] ?? words.byPrefix.find(([prefix]) => code.startsWith(prefix))?.[1] ?? words.general;
}
/** What to show at a field for Stripe's errors on its requirement: each distinct sentence once. */
export function requirementErrorsMessage(codes: readonly string[], locale: Locale): string {
  return [...new Set(codes.map((code) => requirementErrorMessage(code, locale)))].join(locale === 'ja' ? '' : ' ');
}
