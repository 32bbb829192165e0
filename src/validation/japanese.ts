import type { KanaHint, ValidationIssue } from './issues';
import { normalizeKana } from './normalize';

/** Full-width katakana letters incl. ヴ, small kana and ヽヾ (not the marks ー and ・). */
const KATAKANA_LETTERS = '\\u30a1-\\u30fa\\u30fd\\u30fe\\u31f0-\\u31ff';
const KATAKANA_MARKS = '\\u30fb\\u30fc'; // ・ ー
const SPACES = ' \\u3000';
const DIGITS_AND_HYPHENS = '0-9\\uff10-\\uff19\\-\\u2010\\u2212\\uff0d';

const KATAKANA_CHAR = new RegExp(`[${KATAKANA_LETTERS}]`, 'u');
const KANA_NAME = new RegExp(`^[${KATAKANA_LETTERS}${KATAKANA_MARKS}${SPACES}]+$`, 'u');
const KANA_ADDRESS = new RegExp(`^[${KATAKANA_LETTERS}${KATAKANA_MARKS}${SPACES}${DIGITS_AND_HYPHENS}]+$`, 'u');
const LATIN_LETTER = /[A-Za-z\uff21-\uff3a\uff41-\uff5a]/u;
const JAPANESE_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function kanaIssue(value: string, allowed: RegExp): ValidationIssue | null {
  if (allowed.test(value)) return null;
  return { code: 'kana_only', hint: kanaHint(value, allowed) };
}

function kanaHint(value: string, allowed: RegExp): KanaHint {
  if (allowed.test(normalizeKana(value))) return 'convert_to_katakana';
  if (LATIN_LETTER.test(value)) return 'write_reading_in_katakana';
  return 'remove_symbols';
}

/** Names in kana (`first_name_kana`, `company.name_kana`): full-width katakana, spaces and ・ only. */
export function validateKanaName(value: string): ValidationIssue | null {
  return kanaIssue(value, KANA_NAME);
}

/** Kana address lines (state, city, town, building): katakana plus digits and hyphens, with at least one katakana. */
export function validateKanaAddressLine(value: string): ValidationIssue | null {
  const issue = kanaIssue(value, KANA_ADDRESS);
  if (issue) return issue;
  return KATAKANA_CHAR.test(value) ? null : { code: 'kana_needs_katakana' };
}

/** Kana `line1` holds block numbers (`1-1`), so digits alone are fine there. */
export function validateKanaBlockNumber(value: string): ValidationIssue | null {
  return kanaIssue(value, KANA_ADDRESS);
}

/**
 * Kanji names and address lines (state, city, town) need at least one Japanese character: Stripe answers
 * Latin-only text with "must provide a Kanji variation". Building lines may be Latin, so they skip this.
 */
export function validateKanjiText(value: string): ValidationIssue | null {
  return JAPANESE_CHAR.test(value) ? null : { code: 'kanji_needs_japanese' };
}

/** The katakana form of hiragana or half-width input, or `null` when converting would not help. */
export function suggestKatakana(value: string): string | null {
  const converted = normalizeKana(value);
  return converted !== value && KANA_ADDRESS.test(converted) ? converted : null;
}
