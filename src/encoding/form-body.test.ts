import { parse } from 'qs';
import { describe, expect, it } from 'vitest';
import { encodeFormBody } from './form-body';

/** Reads a body back into readable `key=value` lines, so the expectations show the bracket form. */
function decodedPairs(body: string): string[] {
  return body.split('&').map((pair) => decodeURIComponent(pair));
}

describe('encodeFormBody', () => {
  it('writes nested params in bracket notation with encoded brackets', () => {
    expect(encodeFormBody({ account: { individual: { dob: { day: 1, month: 2, year: 1990 } } } })).toBe(
      'account%5Bindividual%5D%5Bdob%5D%5Bday%5D=1&account%5Bindividual%5D%5Bdob%5D%5Bmonth%5D=2&account%5Bindividual%5D%5Bdob%5D%5Byear%5D=1990',
    );
  });

  it('writes arrays by index, including arrays of objects', () => {
    const body = encodeFormBody({
      account: {
        individual: { full_name_aliases: ['Jo', 'Joe'] },
        documents: { passport: { files: ['file_1', 'file_2'] } },
      },
      person: { additional_tos_acceptances: [{ account: { date: 1 } }] },
    });
    expect(decodedPairs(body)).toEqual([
      'account[individual][full_name_aliases][0]=Jo',
      'account[individual][full_name_aliases][1]=Joe',
      'account[documents][passport][files][0]=file_1',
      'account[documents][passport][files][1]=file_2',
      'person[additional_tos_acceptances][0][account][date]=1',
    ]);
  });

  it('writes booleans, decimals without exponent, and keeps empty strings', () => {
    const body = encodeFormBody({
      account: { tos_shown_and_accepted: true, company: { directors_provided: false } },
      person: { relationship: { percent_ownership: 0.0000001, title: '' } },
    });
    expect(decodedPairs(body)).toEqual([
      'account[tos_shown_and_accepted]=true',
      'account[company][directors_provided]=false',
      'person[relationship][percent_ownership]=0.0000001',
      'person[relationship][title]=',
    ]);
  });

  it('leaves out undefined, sends null as an empty value, and renumbers arrays around gaps', () => {
    const body = encodeFormBody({
      person: { first_name: undefined, last_name: null, full_name_aliases: [undefined, 'A', {}, 'B'] },
    });
    expect(decodedPairs(body)).toEqual([
      'person[last_name]=',
      'person[full_name_aliases][0]=A',
      'person[full_name_aliases][1]=B',
    ]);
  });

  it('percent-encodes Kana, Kanji, emoji and the characters that would break the body', () => {
    const body = encodeFormBody({
      person: { first_name_kana: 'タロウ', address_kanji: { line2: 'ビル 5F&a=b+c[d]%' } },
    });
    expect(body).toBe(
      'person%5Bfirst_name_kana%5D=%E3%82%BF%E3%83%AD%E3%82%A6' +
        '&person%5Baddress_kanji%5D%5Bline2%5D=%E3%83%93%E3%83%AB%205F%26a%3Db%2Bc%5Bd%5D%25',
    );
    expect(encodeFormBody({ note: '😀' })).toBe('note=%F0%9F%98%80');
  });

  it('percent-encodes metadata keys so qs reads them back', () => {
    const body = encodeFormBody({ metadata: { 'order & id=1': 'x', お客様: 'y' } });
    expect(parse(body)).toEqual({ metadata: { 'order & id=1': 'x', お客様: 'y' } });
  });

  it('replaces a lone surrogate instead of throwing', () => {
    expect(encodeFormBody({ name: 'a\uD800b' })).toBe('name=a%EF%BF%BDb');
  });

  it('sends nothing for empty objects and arrays', () => {
    expect(encodeFormBody({ account: { individual: {}, company: { owners: [] } } })).toBe('');
  });

  it('refuses values that have no form representation', () => {
    expect(() => encodeFormBody({ person: { dob: { day: NaN } } })).toThrow(RangeError);
    expect(() => encodeFormBody({ person: { callback: () => 1 } })).toThrow(/person\[callback\]/);
  });
});
