import { describe, expect, it } from 'vitest';
import { normalizeForRequest } from '../params/normalize-values';
import { checkField, settledValue } from './checks';
import { mountFields } from './mount';
import type { Field } from './types';

const person = mountFields({ token: 'person', version: 'v1' });
const field = (id: string): Field => {
  const found = person.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('one rule per check', () => {
  it('writes Kana the same way when it settles in the input, when it is checked and when it is sent', async () => {
    const kana = field('person.surname_kana');
    expect(settledValue(kana, 'やまだ')).toBe('ヤマダ');
    expect(settledValue(kana, 'ﾔﾏﾀﾞ')).toBe('ヤマダ');
    expect(await checkField(kana, { [kana.id]: 'やまだ' }, true, { country: 'JP' })).toBeNull();
    const sent = await normalizeForRequest([kana], { [kana.id]: 'ﾔﾏﾀﾞ' }, 'JP');
    expect(sent[kana.id]).toBe('ヤマダ');
  });

  it('reads a phone number in the picked country, else the address country, when checked and when sent', async () => {
    const phone = field('person.phone');
    const values = { [phone.id]: '03-1234-5678', 'person.address.country': 'JP' };
    expect(await checkField(phone, values, true, { country: 'US' })).toBeNull();
    expect((await normalizeForRequest([phone], values, 'US'))[phone.id]).toBe('+81312345678');
    const picked = { country: 'US', phoneCountries: { [phone.id]: 'US' } };
    expect(await checkField(phone, values, true, picked)).not.toBeNull();
  });

  it('spells a region as Stripe does in each script, and checks prefectures in Japan whatever the form country', async () => {
    const kanji = field('person.address_kanji.state');
    const kana = field('person.address_kana.state');
    const latin = field('person.address.state');
    const sent = await normalizeForRequest(
      [kanji, kana, latin],
      { [kanji.id]: 'Tokyo', [kana.id]: '東京', [latin.id]: 'California' },
      'US',
    );
    expect([sent[kanji.id], sent[kana.id], sent[latin.id]]).toEqual(['東京都', 'トウキョウト', 'CA']);
    expect(await checkField(kanji, { [kanji.id]: '東京都' }, true, { country: 'US' })).toBeNull();
    expect(await checkField(latin, { [latin.id]: '東京都' }, true, { country: 'US' })).not.toBeNull();
  });

  it('settles digits and postal codes typed full-width', () => {
    expect(settledValue(field('person.dob.year'), '１９８８ ')).toBe('1988');
    expect(settledValue(field('person.address.postal_code'), '１００ー０００１')).toBe('100-0001');
    expect(settledValue(field('person.given_name'), ' Jenny ')).toBe(' Jenny ');
  });
});
