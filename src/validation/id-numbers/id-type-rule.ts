import type { IdCheck } from './id-check';

/** How one Stripe id number type is checked, and what to call it. */
export interface IdTypeRule {
  /** ISO 3166-1 alpha-2 country that issues the number. */
  country: string;
  /** The number's usual name, in its own country's terms (shown next to the type picker). */
  label: string;
  check: IdCheck;
  /** The check digit is advisory: a mismatch is shown as a warning and does not block submission. */
  checksumIsWarning?: boolean;
}
