import { describe, expect, it } from 'vitest';
import { mountFields } from '../fields/mount';
import { normalizeForRequest } from './normalize-values';

describe('normalizeForRequest', () => {
  const person = mountFields({ token: 'person', version: 'v1' });

  it('writes phone numbers in E.164, read in the address country', async () => {
    const values = await normalizeForRequest(
      person,
      { 'person.phone': '(541) 754-3010', 'person.address.country': 'US' },
      'JP',
    );
    expect(values['person.phone']).toBe('+15417543010');
    const japanese = await normalizeForRequest(person, { 'person.phone': '03-1234-5678' }, 'JP');
    expect(japanese['person.phone']).toBe('+81312345678');
  });

  it('folds half-width katakana and hiragana in Kana fields, and only there', async () => {
    const values = await normalizeForRequest(
      person,
      { 'person.given_name_kana': 'ﾊﾅｺ', 'person.surname_kana': 'やまだ', 'person.given_name_kanji': '花子' },
      'JP',
    );
    expect(values).toMatchObject({
      'person.given_name_kana': 'ハナコ',
      'person.surname_kana': 'ヤマダ',
      'person.given_name_kanji': '花子',
    });
  });

  it('turns full-width digits into ASCII in dates, postal codes and id numbers', async () => {
    const values = await normalizeForRequest(
      person,
      {
        'person.dob.year': '１９８５',
        'person.address_kanji.postal_code': '１００ー０００１',
        'person.ssn_last_4': '１２３４',
      },
      'JP',
    );
    expect(values).toMatchObject({
      'person.dob.year': '1985',
      'person.address_kanji.postal_code': '100-0001',
      'person.ssn_last_4': '1234',
    });
  });

  it('keeps booleans, lists and values of fields it does not know', async () => {
    const values = await normalizeForRequest(
      person,
      { 'person.relationship.owner': true, 'person.full_name_aliases': ['A'], elsewhere: ' x ' },
      'US',
    );
    expect(values).toEqual({ 'person.relationship.owner': true, 'person.full_name_aliases': ['A'], elsewhere: ' x ' });
  });
});

describe('phone numbers read in the country their code picker shows', () => {
  it('uses the picked country over the address country', async () => {
    const person = mountFields({ token: 'person', version: 'v1' });
    const values = await normalizeForRequest(
      person,
      { 'person.phone': '020 7946 0018', 'person.address.country': 'US' },
      'US',
      { 'person.phone': 'GB' },
    );
    expect(values['person.phone']).toBe('+442079460018');
  });
});

describe('states and prefectures as Stripe expects them', () => {
  const person = mountFields({ token: 'person', version: 'v1' });

  it('turns a state name into its code, in the address country', async () => {
    const values = await normalizeForRequest(
      person,
      { 'person.address.state': 'California', 'person.address.country': 'US' },
      'US',
    );
    expect(values['person.address.state']).toBe('CA');
  });

  it('writes a prefecture in Kanji and in Kana from any spelling', async () => {
    const values = await normalizeForRequest(
      person,
      { 'person.address_kanji.state': '東京', 'person.address_kana.state': 'とうきょうと' },
      'JP',
    );
    expect(values).toMatchObject({
      'person.address_kanji.state': '東京都',
      'person.address_kana.state': 'トウキョウト',
    });
  });

  it('leaves a value that names no region for the check to report', async () => {
    const values = await normalizeForRequest(
      person,
      { 'person.address.state': 'Atlantis', 'person.address.country': 'US' },
      'US',
    );
    expect(values['person.address.state']).toBe('Atlantis');
  });
});
