import type { ValidationContext, ValidationIssue } from './issues';
import type * as PostalCodeRules from './postal-codes';

type PostalCodes = typeof PostalCodeRules;

let rules: Promise<PostalCodes> | undefined;

/**
 * Checks a postal code's shape for its country once the rules arrive: every country's rules come in one
 * chunk, fetched by a form's first check (at connect). Offline the code goes unchecked, as it does in a
 * country without rules (Stripe still checks it).
 */
export async function checkPostalCode(value: string, context: ValidationContext): Promise<ValidationIssue | null> {
  rules ??= import('./postal-codes').catch((error: unknown) => {
    rules = undefined;
    throw error;
  });
  try {
    return (await rules).validatePostalCode(value, context);
  } catch {
    return null;
  }
}
