import { findRegion, type Prefecture } from '../validation/index';
import type { Field } from './types';

/**
 * A state, province or prefecture as Stripe expects it, from any spelling people or platforms use
 * (`California` → `CA`; `東京`, `トウキョウト` or `Tokyo` → `東京都` in a Kanji address and `トウキョウト`
 * in a Kana one). Values that name no region are returned as they are, for the check to report.
 */
export function canonicalRegion(field: Field, value: string, country: string): string {
  if (!/(^|\.)state$/.test(field.spec.key)) return value;
  const script = field.spec.key.includes('_kanji') ? 'kanji' : field.spec.key.includes('_kana') ? 'kana' : 'latin';
  const region = findRegion(script === 'latin' ? country : 'JP', value);
  if (!region) return value;
  if (script === 'latin') return region.code;
  const prefecture = region as Prefecture;
  return script === 'kanji' ? prefecture.kanji : prefecture.kana;
}
