import type { ValidationIssue } from './issues';
import { normalizeDigits } from './normalize';

/**
 * Stripe takes `percent_ownership` as a decimal (a number in v1, a decimal string in v2). Two decimal
 * places cover every real split (33.33 %) without inviting false precision.
 */
export const PERCENT_MAX_DECIMALS = 2;

const DECIMAL = /^\d+(?:\.(\d+))?$/;

export function validatePercentOwnership(value: string): ValidationIssue | null {
  const match = DECIMAL.exec(normalizeDigits(value).replace(/\s+/g, ''));
  if (!match) return { code: 'invalid_number' };
  if ((match[1]?.length ?? 0) > PERCENT_MAX_DECIMALS) {
    return { code: 'too_many_decimals', maxDecimals: PERCENT_MAX_DECIMALS };
  }
  return Number(match[0]) <= 100 ? null : { code: 'number_out_of_range', min: 0, max: 100 };
}
