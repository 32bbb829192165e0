/** Pure text normalisers. Each is idempotent: applying it twice gives the same result as once. */

const INNER_WHITESPACE = /\s+/gu;

/** NFKC (folds full-width Latin and digits, half-width katakana), trims, collapses inner whitespace. */
export function normalizeText(value: string): string {
  return value.normalize('NFKC').replace(INNER_WHITESPACE, ' ').trim();
}

/** Zero code point of each decimal digit block users type in forms (full-width, Arabic-Indic, …). */
const DIGIT_BLOCK_ZEROS = [0xff10, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50] as const;

/** Replaces full-width and other common script digits with ASCII `0`–`9`; leaves everything else. */
export function normalizeDigits(value: string): string {
  let result = '';
  for (const char of value) {
    const codePoint = char.codePointAt(0) ?? 0;
    const zero = DIGIT_BLOCK_ZEROS.find((start) => codePoint >= start && codePoint <= start + 9);
    result += zero === undefined ? char : String(codePoint - zero);
  }
  return result;
}

const HIRAGANA_OFFSET = 0x60;
/** ぁ–ゖ and the iteration marks ゝゞ have katakana twins exactly 0x60 code points later. */
const SHIFTABLE_HIRAGANA = /[\u3041-\u3096\u309d\u309e]/gu;

/** Hiragana → katakana; every other character is kept as it is. */
export function toKatakana(value: string): string {
  return value.replace(SHIFTABLE_HIRAGANA, (char) => String.fromCharCode(char.charCodeAt(0) + HIRAGANA_OFFSET));
}

/**
 * The form Stripe expects in kana fields: NFKC folds half-width katakana (ｶﾀｶﾅ → カタカナ), full-width
 * digits and Latin, and U+3000 into a plain space; hiragana is then shifted to katakana. The second NFKC
 * composes sound marks that only have a precomposed katakana form (わ + ゛ → ヷ).
 *
 * Never apply this while an IME composition is in progress (`compositionstart` … `compositionend`,
 * `InputEvent.isComposing`): rewriting the value mid-composition breaks the user's conversion.
 * Normalise on `compositionend`, `change` or blur instead.
 */
export function normalizeKana(value: string): string {
  return toKatakana(value.normalize('NFKC')).normalize('NFKC');
}
