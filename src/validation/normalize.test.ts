import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeDigits, normalizeKana, normalizeText, toKatakana } from './normalize';

describe('normalizeText', () => {
  it.each([
    { input: '  Taro   Yamada ', expected: 'Taro Yamada', why: 'trims and collapses spaces' },
    { input: 'Ｔａｒｏ', expected: 'Taro', why: 'folds full-width Latin' },
    { input: '山田\u3000太郎', expected: '山田 太郎', why: 'turns the ideographic space into a space' },
    { input: 'a\t\nb', expected: 'a b', why: 'tabs and newlines are whitespace too' },
    { input: 'ｶﾀｶﾅ', expected: 'カタカナ', why: 'folds half-width katakana' },
  ])('$why', ({ input, expected }) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('normalizeDigits', () => {
  it.each([
    { input: '１２３-４５６７', expected: '123-4567', why: 'full-width digits from a Japanese IME' },
    { input: '٠١٢٣٤٥٦٧٨٩', expected: '0123456789', why: 'Arabic-Indic digits' },
    { input: '۱۲۳', expected: '123', why: 'Persian digits' },
    { input: '๑๒๓', expected: '123', why: 'Thai digits' },
    { input: 'abc１', expected: 'abc1', why: 'leaves letters alone' },
  ])('$why', ({ input, expected }) => {
    expect(normalizeDigits(input)).toBe(expected);
  });
});

describe('toKatakana', () => {
  it.each([
    { input: 'やまだ たろう', expected: 'ヤマダ タロウ', why: 'shifts hiragana' },
    { input: 'ぁゖゝゞ', expected: 'ァヶヽヾ', why: 'small kana and iteration marks' },
    { input: 'カタカナ', expected: 'カタカナ', why: 'keeps katakana' },
    { input: '山田', expected: '山田', why: 'keeps kanji' },
  ])('$why', ({ input, expected }) => {
    expect(toKatakana(input)).toBe(expected);
  });
});

describe('normalizeKana', () => {
  it.each([
    { input: 'ﾔﾏﾀﾞ ﾀﾛｳ', expected: 'ヤマダ タロウ', why: 'half-width katakana with a separate sound mark' },
    { input: 'やまだ\u3000たろう', expected: 'ヤマダ タロウ', why: 'hiragana and ideographic space' },
    { input: 'ﾄｳｷｮｳﾄ', expected: 'トウキョウト', why: 'half-width small kana' },
    { input: 'わ\u3099', expected: 'ヷ', why: 'a sound mark that only composes in katakana' },
    { input: '１－２', expected: '1-2', why: 'full-width block numbers' },
  ])('$why', ({ input, expected }) => {
    expect(normalizeKana(input)).toBe(expected);
  });
});

describe('normalisers are idempotent', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    // Kana of both widths, sound marks (also combining), spaces, full-width digits and Latin.
    fc.string({ unit: fc.constantFrom(...'あがわゎゔゝアガワヷｱｶﾞﾜﾟ\u3099\u309a\u3000 ０９Ａz-ー') }),
  );
  it.each([
    { name: 'normalizeText', normalise: normalizeText },
    { name: 'normalizeDigits', normalise: normalizeDigits },
    { name: 'toKatakana', normalise: toKatakana },
    { name: 'normalizeKana', normalise: normalizeKana },
  ])('$name(x) === $name($name(x))', ({ normalise }) => {
    fc.assert(
      fc.property(anyText, (text) => normalise(normalise(text)) === normalise(text)),
      { numRuns: 500 },
    );
  });
});
