import type { ValidationIssue } from '../validation/issues';
import { normalizeKana } from '../validation/normalize';
import { lookupJapanesePostalCode } from './japan-postal-code';

/** A well-formed Japanese postal code that Japan Post's data does not know: a warning, the person may go on. */
export async function checkJapanesePostalCodeKnown(value: string): Promise<ValidationIssue | null> {
  const found = await lookupJapanesePostalCode(value);
  return found.status === 'not_found'
    ? { code: 'postal_code_not_found', postalCode: found.code, severity: 'warning' }
    : null;
}

const SHOWN_TOWNS = 3;

/**
 * Warns (never blocks) when a Japanese town is none of its postal code's: the pair Stripe refuses with
 * "cannot find an address with town of … for postal_code …". A code that covers a whole city, an unknown
 * code and a Kana town where the data has no reading are not judged.
 */
export async function checkTownOfPostalCode(
  town: string,
  postalCode: string,
  script: 'kanji' | 'kana',
): Promise<ValidationIssue | null> {
  const found = await lookupJapanesePostalCode(postalCode);
  if (found.status !== 'found') return null;
  const towns = [...new Set(found.addresses.map((address) => address.town[script]))];
  if (towns.includes('')) return null;
  const typed = script === 'kana' ? normalizeKana(town) : town.normalize('NFKC');
  if (towns.includes(typed.trim())) return null;
  return {
    code: 'town_not_in_postal_code',
    postalCode: found.code,
    towns: towns.slice(0, SHOWN_TOWNS),
    more: towns.length > SHOWN_TOWNS,
    severity: 'warning',
  };
}
