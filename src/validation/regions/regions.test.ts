import { describe, expect, it } from 'vitest';
import { AU_STATES, CA_PROVINCES, JP_PREFECTURES, US_STATES, findRegion, regionsFor, validateRegion } from './index';

describe('region lists', () => {
  it.each([
    { name: 'US states, DC and territories', list: US_STATES, size: 56 },
    { name: 'Canadian provinces and territories', list: CA_PROVINCES, size: 13 },
    { name: 'Australian states and territories', list: AU_STATES, size: 8 },
    { name: 'Japanese prefectures', list: JP_PREFECTURES, size: 47 },
  ])('$name: $size unique codes with English and Japanese names', ({ list, size }) => {
    expect(list).toHaveLength(size);
    expect(new Set(list.map((region) => region.code)).size).toBe(size);
    for (const region of list) {
      expect(region.name.en.length, region.code).toBeGreaterThan(0);
      expect(region.name.ja.length, region.code).toBeGreaterThan(0);
    }
  });

  it('numbers prefectures 01–47 in JIS order', () => {
    expect(JP_PREFECTURES.map((prefecture) => prefecture.jisCode)).toEqual(
      Array.from({ length: 47 }, (_, index) => String(index + 1).padStart(2, '0')),
    );
  });

  it('ends every prefecture name in 都, 道, 府 or 県 and its reading in katakana', () => {
    for (const prefecture of JP_PREFECTURES) {
      expect(prefecture.kanji, prefecture.romaji).toMatch(/[都道府県]$/);
      expect(prefecture.kana, prefecture.romaji).toMatch(/^[\u30a1-\u30fc]+(?:ト|ドウ|フ|ケン)$/);
    }
  });

  it('offers lists only where Stripe checks the state', () => {
    expect(regionsFor('us')).toBe(US_STATES);
    expect(regionsFor('GB')).toBeNull();
  });
});

describe('findRegion', () => {
  it.each([
    { country: 'US', value: 'CA', code: 'CA' },
    { country: 'US', value: 'california', code: 'CA' },
    { country: 'US', value: 'カリフォルニア州', code: 'CA' },
    { country: 'CA', value: 'Ontario', code: 'ON' },
    { country: 'AU', value: 'nsw', code: 'NSW' },
    { country: 'JP', value: '東京都', code: '13' },
    { country: 'JP', value: 'トウキョウト', code: '13' },
    { country: 'JP', value: 'ﾄｳｷｮｳﾄ', code: '13' },
    { country: 'JP', value: 'とうきょうと', code: '13' },
    { country: 'JP', value: 'Tokyo', code: '13' },
    { country: 'JP', value: 'JP-27', code: '27' },
    { country: 'JP', value: '北海道', code: '01' },
    // Without the 都/府 suffix people often leave off; the request then carries the full name.
    { country: 'JP', value: '東京', code: '13' },
    { country: 'JP', value: '京都', code: '26' },
  ])('$country: $value → $code', ({ country, value, code }) => {
    expect(findRegion(country, value)?.code).toBe(code);
  });
});

describe('validateRegion', () => {
  it.each([
    { country: 'US', value: 'NY' },
    { country: 'US', value: 'PR' },
    { country: 'CA', value: 'QC' },
    { country: 'AU', value: 'VIC' },
    { country: 'JP', value: '大阪府' },
    { country: 'GB', value: 'Greater London' },
  ])('$country accepts $value', ({ country, value }) => {
    expect(validateRegion(value, { country })).toBeNull();
  });

  it.each([
    { country: 'US', value: 'XX', reason: 'no such state' },
    { country: 'US', value: 'ON', reason: 'a Canadian province' },
    { country: 'CA', value: 'NY', reason: 'a US state' },
    { country: 'AU', value: 'New South Whales', reason: 'a typo' },
    { country: 'JP', value: '東京府', reason: 'a prefecture name that no longer exists' },
    { country: 'JP', value: 'Kanto', reason: 'a region, not a prefecture' },
  ])('$country refuses $value: $reason', ({ country, value }) => {
    expect(validateRegion(value, { country })).toEqual({ code: 'invalid_region', country });
  });
});
