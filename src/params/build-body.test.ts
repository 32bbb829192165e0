import { describe, expect, it } from 'vitest';
import { mountFields } from '../fields/mount';
import { buildRequestBody, type BuildContext } from './build-body';

const now = new Date('2026-11-22T10:00:00Z');
const context = (version: 'v1' | 'v2', extra: Partial<BuildContext> = {}): BuildContext => ({
  version,
  now,
  userAgent: 'TestBrowser/1.0',
  ...extra,
});

describe('buildRequestBody', () => {
  it('writes a v1 person token body with integers, booleans and decimals as Stripe expects', () => {
    const fields = mountFields({ token: 'person', version: 'v1' });
    const body = buildRequestBody(
      fields,
      {
        'person.given_name': '  Jenny ',
        'person.surname': 'Rosen',
        'person.dob.day': '07',
        'person.dob.month': '3',
        'person.dob.year': '1990',
        'person.relationship.owner': true,
        'person.relationship.director': false,
        'person.relationship.percent_ownership': '25.5',
        'person.email': '',
      },
      context('v1'),
    );
    expect(body).toEqual({
      person: {
        first_name: 'Jenny',
        last_name: 'Rosen',
        dob: { day: 7, month: 3, year: 1990 },
        relationship: { owner: true, percent_ownership: 25.5 },
      },
    });
  });

  it('writes v2 names, the decimal as a string, and id numbers as a list', () => {
    const fields = mountFields({ token: 'person', version: 'v2' });
    const body = buildRequestBody(
      fields,
      {
        'person.given_name': 'Jenny',
        'person.dob.year': '1990',
        'person.relationship.percent_ownership': '80',
        'person.id_numbers.0.type': 'us_ssn_last_4',
        'person.id_numbers.0.value': '0000',
        'person.nationalities': ['US', 'JP'],
      },
      context('v2'),
    );
    expect(body).toEqual({
      given_name: 'Jenny',
      date_of_birth: { year: 1990 },
      relationship: { percent_ownership: '80' },
      id_numbers: [{ type: 'us_ssn_last_4', value: '0000' }],
      nationalities: ['US', 'JP'],
    });
  });

  it('records a v1 terms acceptance with the date and user agent only when the person accepts', () => {
    const fields = mountFields({ token: 'person', version: 'v1' });
    const accepted = buildRequestBody(fields, { 'person.terms.accepted': true }, context('v1'));
    expect(accepted).toEqual({
      person: {
        additional_tos_acceptances: {
          account: { date: Math.floor(now.getTime() / 1000), user_agent: 'TestBrowser/1.0' },
        },
      },
    });
    expect(buildRequestBody(fields, { 'person.terms.accepted': false }, context('v1'))).toEqual({});
  });

  it('records v1 company declarations with the signed flag, and v2 as attestations', () => {
    const values = {
      'account.ownership_declaration.accepted': true,
      'account.terms.accepted': true,
      'company.name': 'Acme',
    };
    const v1 = buildRequestBody(
      mountFields({ token: 'account', version: 'v1', businessType: 'company' }),
      values,
      context('v1'),
    );
    expect(v1).toEqual({
      account: {
        tos_shown_and_accepted: true,
        company: {
          name: 'Acme',
          ownership_declaration: { date: Math.floor(now.getTime() / 1000), user_agent: 'TestBrowser/1.0' },
          ownership_declaration_shown_and_signed: true,
        },
      },
    });
    const v2 = buildRequestBody(
      mountFields({ token: 'account', version: 'v2', businessType: 'company' }),
      values,
      context('v2'),
    );
    expect(v2).toEqual({
      identity: {
        attestations: {
          ownership_declaration: { attested: true },
          terms_of_service: { account: { shown_and_accepted: true } },
        },
        business_details: { registered_name: 'Acme' },
      },
    });
  });

  it('fills a Japanese address country and the Kana postal code from the Kanji address', () => {
    const fields = mountFields({ token: 'account', version: 'v1', businessType: 'individual' });
    const body = buildRequestBody(
      fields,
      {
        'individual.address_kanji.postal_code': '100-0001',
        'individual.address_kanji.state': '東京都',
        'individual.address_kana.state': 'トウキョウト',
      },
      context('v1'),
    );
    expect(body).toEqual({
      account: {
        individual: {
          address_kanji: { postal_code: '100-0001', state: '東京都', country: 'JP' },
          address_kana: { postal_code: '100-0001', state: 'トウキョウト', country: 'JP' },
        },
      },
    });
  });

  it("names a v2 document's type once a file is attached, and not before", () => {
    const fields = mountFields({ token: 'person', version: 'v2' });
    expect(buildRequestBody(fields, { 'person.verification.document.front': 'file_123' }, context('v2'))).toEqual({
      documents: { primary_verification: { type: 'front_back', front_back: { front: 'file_123' } } },
    });
    expect(
      buildRequestBody(fields, { 'person.documents.passport.files': ['file_1', 'file_2'] }, context('v2')),
    ).toEqual({
      documents: { passport: { type: 'files', files: ['file_1', 'file_2'] } },
    });
    expect(buildRequestBody(fields, {}, context('v2'))).toEqual({});
  });

  it('sends host metadata as given and never a typed value for it', () => {
    const fields = mountFields({ token: 'person', version: 'v1' });
    const body = buildRequestBody(
      fields,
      { 'person.metadata': 'typed' },
      context('v1', { hostValues: { 'person.metadata': { ref: '42' } } }),
    );
    expect(body).toEqual({ person: { metadata: { ref: '42' } } });
  });

  it('leaves out numbers that are not whole or decimal', () => {
    const fields = mountFields({ token: 'person', version: 'v1' });
    expect(
      buildRequestBody(
        fields,
        { 'person.dob.day': '1x', 'person.relationship.percent_ownership': 'abc' },
        context('v1'),
      ),
    ).toEqual({});
  });
});
