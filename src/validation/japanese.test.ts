import { describe, expect, it } from 'vitest';
import {
  suggestKatakana,
  validateKanaAddressLine,
  validateKanaBlockNumber,
  validateKanaName,
  validateKanjiText,
} from './japanese';

describe('validateKanaName', () => {
  it.each([
    { value: 'ヤマダ タロウ', why: 'katakana with a space' },
    { value: 'ヤマダ\u3000タロウ', why: 'the ideographic space' },
    { value: 'スミス・ジョン', why: 'the middle dot between foreign names' },
    { value: 'ヴァージル', why: 'ヴ and small ァ' },
    { value: 'コーヘイ', why: 'the long vowel mark' },
  ])('accepts $value ($why)', ({ value }) => {
    expect(validateKanaName(value)).toBeNull();
  });

  it.each([
    { value: 'やまだ', hint: 'convert_to_katakana', reason: 'hiragana: can be converted' },
    { value: 'ﾔﾏﾀﾞ', hint: 'convert_to_katakana', reason: 'half-width katakana: can be converted' },
    { value: 'Yamada', hint: 'write_reading_in_katakana', reason: 'Latin letters: the reading is needed' },
    { value: 'Ｙａｍａｄａ', hint: 'write_reading_in_katakana', reason: 'full-width Latin letters' },
    { value: '山田', hint: 'remove_symbols', reason: 'kanji in a kana field' },
    { value: 'ヤマダ1', hint: 'remove_symbols', reason: 'digits in a name' },
    { value: 'ヤマダ!', hint: 'remove_symbols', reason: 'punctuation' },
  ])('refuses $value: $reason', ({ value, hint }) => {
    expect(validateKanaName(value)).toEqual({ code: 'kana_only', hint });
  });
});

describe('validateKanaAddressLine', () => {
  it.each([
    { value: 'トウキョウト', why: 'a prefecture' },
    { value: 'チヨダ 1-1', why: 'katakana with block numbers' },
    { value: 'ジングウマエ ３－', why: 'full-width digits and hyphen' },
  ])('accepts $value ($why)', ({ value }) => {
    expect(validateKanaAddressLine(value)).toBeNull();
  });

  it.each([
    { value: '1-1', code: 'kana_needs_katakana', reason: 'no katakana at all' },
    { value: 'ーー', code: 'kana_needs_katakana', reason: 'only long vowel marks' },
  ])('refuses $value: $reason', ({ value, code }) => {
    expect(validateKanaAddressLine(value)).toEqual({ code });
  });

  it.each([
    { value: 'Chiyoda', hint: 'write_reading_in_katakana', reason: 'romaji' },
    { value: 'ちよだ', hint: 'convert_to_katakana', reason: 'hiragana' },
    { value: '千代田', hint: 'remove_symbols', reason: 'kanji' },
  ])('refuses $value: $reason', ({ value, hint }) => {
    expect(validateKanaAddressLine(value)).toEqual({ code: 'kana_only', hint });
  });
});

describe('validateKanaBlockNumber', () => {
  it.each(['1-1', '２７－１５', '3チョウメ 2-1'])('accepts %s', (value) => {
    expect(validateKanaBlockNumber(value)).toBeNull();
  });
  it('refuses Latin text with a hint to write the reading', () => {
    expect(validateKanaBlockNumber('1-1 Building A')).toEqual({ code: 'kana_only', hint: 'write_reading_in_katakana' });
  });
});

describe('validateKanjiText', () => {
  it.each([
    { value: '山田', why: 'kanji' },
    { value: '千代田区', why: 'a ward' },
    { value: 'たろう', why: 'a name written in hiragana' },
    { value: 'ヤマダ', why: 'a name written in katakana' },
    { value: '株式会社ABC', why: 'a company name mixing kanji and Latin' },
    { value: '々', why: 'the iteration mark counts as kanji' },
  ])('accepts $value ($why)', ({ value }) => {
    expect(validateKanjiText(value)).toBeNull();
  });

  it.each([
    { value: 'Yamada', reason: 'romaji only' },
    { value: 'Chiyoda-ku', reason: 'a romanised ward' },
    { value: '123', reason: 'digits only' },
  ])('refuses $value: $reason', ({ value }) => {
    expect(validateKanjiText(value)).toEqual({ code: 'kanji_needs_japanese' });
  });
});

describe('suggestKatakana', () => {
  it.each([
    { value: 'やまだ たろう', expected: 'ヤマダ タロウ' },
    { value: 'ﾔﾏﾀﾞ', expected: 'ヤマダ' },
    { value: 'ちよだ１－１', expected: 'チヨダ1-1' },
  ])('converts $value', ({ value, expected }) => {
    expect(suggestKatakana(value)).toBe(expected);
  });

  it.each([
    { value: 'ヤマダ', reason: 'already katakana' },
    { value: 'Yamada', reason: 'Latin cannot be converted' },
    { value: '山田', reason: 'kanji cannot be converted' },
  ])('suggests nothing for $value: $reason', ({ value }) => {
    expect(suggestKatakana(value)).toBeNull();
  });
});
