import type { ValidationContext, ValidationIssue } from './issues';
import type * as PostalCodeRules from './postal-codes';

type PostalCodes = typeof PostalCodeRules;

let rules: Promise<PostalCodes> | undefined;

/** Loads the rules once; a failed load is tried again next time. */
export function loadPostalCodeRules(): Promise<PostalCodes> {
  rules ??= import('./postal-codes').catch((error: unknown) => {
    rules = undefined;
    throw error;
  });
  return rules;
}

/**
 * Checks a postal code's shape for its country once the rules arrive: every country's rules come in one
 * chunk, fetched when a form plans a postal code (at connect) or by the first check. Offline the code goes unchecked, as it does in a
 * country without rules (Stripe still checks it).
 */
export async function checkPostalCode(value: string, context: ValidationContext): Promise<ValidationIssue | null> {
  try {
    return (await loadPostalCodeRules()).validatePostalCode(value, context);
  } catch {
    return null;
  }
}
