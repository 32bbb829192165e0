import { describe, expect, it } from 'vitest';
import { japanesePostalDigits, lookupJapanesePostalCode } from './japan-postal-code';

describe('lookupJapanesePostalCode', () => {
  it('finds 100-0001 in Kanji and Kana, however the code is typed', async () => {
    const expected = {
      status: 'found',
      code: '100-0001',
      addresses: [
        {
          prefecture: { kanji: '東京都', kana: 'トウキョウト' },
          city: { kanji: '千代田区', kana: 'チヨダク' },
          town: { kanji: '千代田', kana: 'チヨダ' },
        },
      ],
    };
    for (const typed of ['100-0001', '1000001', '１００ー０００１', '１０００００１', ' 100−0001 ']) {
      expect(await lookupJapanesePostalCode(typed), typed).toEqual(expected);
    }
  });

  it('gives the town without chōme numbers, as Stripe matches it (150-0001 神宮前)', async () => {
    const found = await lookupJapanesePostalCode('150-0001');
    expect(found).toMatchObject({ status: 'found', addresses: [{ town: { kanji: '神宮前', kana: 'ジングウマエ' } }] });
  });

  it('lists every town of a code that several share, and the whole city for a city-wide code', async () => {
    const shared = await lookupJapanesePostalCode('452-0961');
    expect(shared.status === 'found' && shared.addresses.length).toBe(66);
    const cityWide = await lookupJapanesePostalCode('160-0000');
    expect(cityWide).toMatchObject({
      status: 'found',
      addresses: [
        { prefecture: { kanji: '東京都' }, city: { kanji: '新宿区', kana: 'シンジュクク' }, town: { kanji: '' } },
      ],
    });
    // One code, two prefectures.
    const twoPrefectures = await lookupJapanesePostalCode('498-0000');
    expect(twoPrefectures.status === 'found' && twoPrefectures.addresses.map((a) => a.prefecture.kanji)).toEqual([
      '愛知県',
      '三重県',
    ]);
  });

  it('says when a code is unknown, and when it is not seven digits', async () => {
    expect(await lookupJapanesePostalCode('100-0999')).toEqual({ status: 'not_found', code: '100-0999' });
    expect(await lookupJapanesePostalCode('000-0000')).toEqual({ status: 'not_found', code: '000-0000' });
    expect(await lookupJapanesePostalCode('100-000')).toEqual({ status: 'invalid' });
    expect(await lookupJapanesePostalCode('10000011')).toEqual({ status: 'invalid' });
    expect(japanesePostalDigits('〒100-0001')).toBeNull();
  });
});
