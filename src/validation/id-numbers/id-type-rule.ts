import type { IdCheck } from './id-check';

/** What to call one Stripe id number type and where it is issued: what a type picker shows. */
export interface IdTypeRule {
  /** ISO 3166-1 alpha-2 country that issues the number. */
  country: string;
  /** The number's usual name, in its own country's terms (shown next to the type picker). */
  label: string;
  /** The check digit is advisory: a mismatch is shown as a warning and does not block submission. */
  checksumIsWarning?: boolean;
}

/** How each id type of one kind is checked, by type; a chunk of its own, loaded with the first check. */
export type IdChecks = Readonly<Record<string, IdCheck>>;
