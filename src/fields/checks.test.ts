import { describe, expect, it } from 'vitest';
import type { FormValues } from '../params/values';
import { checkField, type CheckContext } from './checks';
import { mountFields } from './mount';
import type { Field } from './types';

const person = mountFields({ token: 'person', version: 'v1' });
const v2Company = mountFields({ token: 'account', version: 'v2', businessType: 'company' });
const v1Company = mountFields({ token: 'account', version: 'v1', businessType: 'company' });
const field = (fields: Field[], id: string): Field => {
  const found = fields.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no field ${id}`);
  return found;
};
const context: CheckContext = { country: 'US', today: new Date('2026-11-22T00:00:00Z') };
const check = (fields: Field[], id: string, values: FormValues, required = false, ctx = context) =>
  checkField(field(fields, id), values, required, ctx);

describe('checkField', () => {
  it('asks for a required value and lets an optional one stay empty', async () => {
    expect(await check(person, 'person.given_name', {}, true)).toEqual({ code: 'required' });
    expect(await check(person, 'person.given_name', { 'person.given_name': '   ' }, true)).toEqual({
      code: 'required',
    });
    expect(await check(person, 'person.address.line2', {}, false)).toBeNull();
  });

  it("checks a postal code against its address's country, else the form's", async () => {
    expect(
      await check(person, 'person.address.postal_code', { 'person.address.postal_code': 'SW1A 1AA' }),
    ).toMatchObject({
      code: 'invalid_postal_code',
      country: 'US',
    });
    const inGb = { 'person.address.postal_code': 'SW1A 1AA', 'person.address.country': 'GB' };
    expect(await check(person, 'person.address.postal_code', inGb)).toBeNull();
  });

  it('checks a date of birth once all three parts are there', async () => {
    const partial = { 'person.dob.day': '31', 'person.dob.month': '2' };
    expect(await check(person, 'person.dob.day', partial)).toBeNull();
    expect(await check(person, 'person.dob.day', { ...partial, 'person.dob.year': '1990' })).toEqual({
      code: 'invalid_date',
    });
    const child = { 'person.dob.day': '1', 'person.dob.month': '1', 'person.dob.year': '2020' };
    expect(await check(person, 'person.dob.year', child, true, { ...context, minimumAge: 18 })).toMatchObject({
      code: 'too_young',
      minimumAge: 18,
    });
  });

  it('checks Japanese names in the script their field asks for', async () => {
    expect(await check(person, 'person.given_name_kana', { 'person.given_name_kana': 'Hanako' })).toMatchObject({
      code: 'kana_only',
    });
    expect(await check(person, 'person.given_name_kana', { 'person.given_name_kana': 'ハナコ' })).toBeNull();
    expect(await check(person, 'person.given_name_kanji', { 'person.given_name_kanji': 'Hanako' })).toEqual({
      code: 'kanji_needs_japanese',
    });
  });

  it('checks a v2 id number as the type chosen beside it', async () => {
    const fields = mountFields({ token: 'person', version: 'v2' });
    const values = { 'person.id_numbers.0.type': 'us_ssn_last_4', 'person.id_numbers.0.value': '12a4' };
    expect(await check(fields, 'person.id_numbers.0.value', values)).toMatchObject({ idType: 'us_ssn_last_4' });
    expect(
      await check(fields, 'person.id_numbers.0.value', { ...values, 'person.id_numbers.0.value': '1234' }),
    ).toBeNull();
  });

  it('checks a business id number by the business format of a shared type name', async () => {
    // `de_stn` is an 11-digit Steuer-ID for a person but a Steuernummer (with slashes) for a company.
    const values = { 'company.id_numbers.0.type': 'de_stn', 'company.id_numbers.0.value': '121/5752/5373' };
    expect(
      await check(v2Company, 'company.id_numbers.0.value', values, true, { ...context, country: 'DE' }),
    ).toBeNull();
    const asPerson = { 'person.id_numbers.0.type': 'de_stn', 'person.id_numbers.0.value': '121/5752/5373' };
    const v2Person = mountFields({ token: 'person', version: 'v2' });
    expect(await check(v2Person, 'person.id_numbers.0.value', asPerson)).not.toBeNull();
  });

  it('checks a v1 id number as the type the person chose for it', async () => {
    const values = { 'company.tax_id': '12-345678' };
    const ein = { ...context, idTypes: { 'company.tax_id': 'us_ein' } };
    expect(await check(v1Company, 'company.tax_id', values, true, ein)).toMatchObject({ idType: 'us_ein' });
    expect(await check(v1Company, 'company.tax_id', { 'company.tax_id': '12-3456789' }, true, ein)).toBeNull();
  });
});

describe('Japanese address checks', () => {
  it('check a Kana block number as it will be sent, and refuse Latin or Kanji there', async () => {
    expect(await check(person, 'person.address_kana.line1', { 'person.address_kana.line1': '１－１' })).toBeNull();
    expect(
      await check(person, 'person.address_kana.line1', { 'person.address_kana.line1': 'Chiyoda 1-1' }),
    ).not.toBeNull();
    expect(
      await check(person, 'person.address_kana.line1', { 'person.address_kana.line1': '千代田1-1' }),
    ).not.toBeNull();
  });

  it('accept hiragana in Kana fields, which is sent as katakana', async () => {
    expect(await check(person, 'person.given_name_kana', { 'person.given_name_kana': 'はなこ' })).toBeNull();
    expect(await check(person, 'person.address_kana.city', { 'person.address_kana.city': 'ちよだく' })).toBeNull();
  });

  it('take a prefecture only if it is one of the 47', async () => {
    expect(await check(person, 'person.address_kanji.state', { 'person.address_kanji.state': '東京都' })).toBeNull();
    expect(await check(person, 'person.address_kanji.state', { 'person.address_kanji.state': '東京府' })).toMatchObject(
      {
        code: 'invalid_region',
      },
    );
  });
});
