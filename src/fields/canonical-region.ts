// Apart from the checks: a prefilled region is written as Stripe expects it before the checks arrive.
import type { Prefecture } from '../validation/regions/region';
import { findRegion } from '../validation/regions/lookup';
import type { Field } from './types';

/** The country a region field reads its list in: its address's for Latin script, Japan for Kanji and Kana. */
export const regionCountryOf = (field: Field, country: string): string =>
  (field.spec.script ?? 'latin') === 'latin' ? country : 'JP';

/**
 * A state, province or prefecture as Stripe expects it, from any spelling people or platforms use
 * (`California` → `CA`; `東京`, `トウキョウト` or `Tokyo` → `東京都` in a Kanji address and `トウキョウト`
 * in a Kana one). Values that name no region (or whose country's list is not loaded) are returned as
 * they are, for the check to report.
 */
export function canonicalRegion(field: Field, value: string, country: string): string {
  if (field.spec.address?.part !== 'state') return value;
  const script = field.spec.script ?? 'latin';
  const region = findRegion(regionCountryOf(field, country), value);
  if (!region) return value;
  if (script === 'latin') return region.code;
  const prefecture = region as Prefecture;
  return script === 'kanji' ? prefecture.kanji : prefecture.kana;
}
