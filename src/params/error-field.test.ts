import { describe, expect, it } from 'vitest';
import { mountFields } from '../fields/mount';
import { fieldForParam, paramToDottedPath } from './error-field';

describe('fieldForParam', () => {
  const v1Account = mountFields({ token: 'account', version: 'v1', businessType: 'individual' });
  const v2Person = mountFields({ token: 'person', version: 'v2' });
  const v1Person = mountFields({ token: 'person', version: 'v1' });

  it('turns bracket notation into a dotted path', () => {
    expect(paramToDottedPath('account[individual][dob][day]')).toBe('account.individual.dob.day');
    expect(paramToDottedPath('person[full_name_aliases][0]')).toBe('person.full_name_aliases.0');
  });

  it.each([
    ['account[individual][dob][day]', 'individual.dob.day'],
    ['account[individual][address_kana][line1]', 'individual.address_kana.line1'],
    ['account[individual][dob]', 'individual.dob.day'],
    ['account[tos_shown_and_accepted]', 'account.terms.accepted'],
  ])('maps the v1 param %s to the field %s', (param, id) => {
    expect(fieldForParam(v1Account, param)?.id).toBe(id);
  });

  it('maps a v1 attestation date to the checkbox that records it', () => {
    expect(fieldForParam(v1Person, 'person[additional_tos_acceptances][account][date]')?.id).toBe(
      'person.terms.accepted',
    );
  });

  it('maps a list item inside a string list to that list', () => {
    expect(fieldForParam(v1Person, 'person[full_name_aliases][0]')?.id).toBe('person.full_name_aliases');
  });

  it('maps v2 invalid_fields paths and list items', () => {
    expect(fieldForParam(v2Person, 'script_names.kana.given_name')?.id).toBe('person.given_name_kana');
    expect(fieldForParam(v2Person, 'id_numbers.0.value')?.id).toBe('person.id_numbers.0.value');
    // As the v2 API writes list items (and as a v2 `invalid_param` may name them).
    expect(fieldForParam(v2Person, 'id_numbers[0].value')?.id).toBe('person.id_numbers.0.value');
    expect(fieldForParam(v2Person, 'email')?.id).toBe('person.email');
    expect(fieldForParam(v2Person, 'documents.primary_verification.type')?.id).toBe(
      'person.verification.document.front',
    );
  });

  it('finds nothing for parameters outside the form', () => {
    expect(fieldForParam(v1Account, 'account[company][name]')).toBeUndefined();
    expect(fieldForParam(v2Person, 'unknown')).toBeUndefined();
  });
});
