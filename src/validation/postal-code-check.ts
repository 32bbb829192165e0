import { onDemandModule } from '../lazy/on-demand';
import type { ValidationContext, ValidationIssue } from './issues';
import type * as PostalCodeRules from './postal-codes';

type PostalCodes = typeof PostalCodeRules;

const rules = onDemandModule(() => import('./postal-codes'), 'validatePostalCode');

/** Loads the rules once; a failed load is fetched again by the next check. */
export function loadPostalCodeRules(): Promise<PostalCodes> {
  return rules.load();
}

/**
 * Checks a postal code's shape for its country once the rules arrive: every country's rules come in one
 * chunk, fetched when the browser is idle after a form with a postal code first rendered, or by the first
 * check. Offline the code goes unchecked, as it does in a country without rules (Stripe still checks it).
 */
export async function checkPostalCode(value: string, context: ValidationContext): Promise<ValidationIssue | null> {
  try {
    return (await loadPostalCodeRules()).validatePostalCode(value, context);
  } catch {
    return null;
  }
}
