import { describe, expect, it } from 'vitest';
import { planFields, type PlanInput } from './field-plan';

const shown = (input: PlanInput): Record<string, boolean> =>
  Object.fromEntries(planFields(input).fields.map(({ field, required }) => [field.id, required]));

describe('default field sets', () => {
  it('asks a US person for the US minimum, with the last four SSN digits in v1', () => {
    const plan = shown({ shape: { token: 'person', version: 'v1' }, country: 'US' });
    for (const id of ['given_name', 'surname', 'dob.day', 'dob.month', 'dob.year', 'email', 'phone', 'ssn_last_4']) {
      expect(plan[`person.${id}`], id).toBe(true);
    }
    expect(plan['person.address.state']).toBe(true);
    expect(plan['person.address.line2']).toBe(false);
    expect(plan['person.relationship.title']).toBe(false);
    expect(plan['person.given_name_kana']).toBeUndefined();
    expect(plan['person.id_number']).toBeUndefined();
  });

  it('asks for the v2 equivalent of the last four SSN digits: an id number with its type', () => {
    const plan = shown({ shape: { token: 'person', version: 'v2' }, country: 'US' });
    expect(plan['person.id_numbers.0.type']).toBe(true);
    expect(plan['person.id_numbers.0.value']).toBe(true);
  });

  it('asks a Japanese individual for every script field and the legal gender', () => {
    const plan = shown({ shape: { token: 'account', version: 'v1', businessType: 'individual' }, country: 'JP' });
    for (const id of ['surname_kanji', 'given_name_kanji', 'surname_kana', 'given_name_kana', 'legal_gender']) {
      expect(plan[`individual.${id}`], id).toBe(true);
    }
    for (const part of ['postal_code', 'state', 'city', 'town', 'line1']) {
      expect(plan[`individual.address_kanji.${part}`], part).toBe(true);
    }
    // The Kana postal code repeats the Kanji one, so it is not an input of its own.
    expect(plan['individual.address_kana.postal_code']).toBeUndefined();
    expect(plan['individual.address_kana.town']).toBe(true);
    expect(plan['account.terms.accepted']).toBe(true);
  });

  it('asks a UK person for no state, and a Canadian for one', () => {
    expect(shown({ shape: { token: 'person', version: 'v1' }, country: 'GB' })['person.address.state']).toBeUndefined();
    expect(shown({ shape: { token: 'person', version: 'v1' }, country: 'CA' })['person.address.state']).toBe(true);
  });

  it('asks a company for its name, address and tax id (v1) or id numbers (v2)', () => {
    const v1 = shown({ shape: { token: 'account', version: 'v1', businessType: 'company' }, country: 'GB' });
    expect(v1['company.name']).toBe(true);
    expect(v1['company.tax_id']).toBe(true);
    const v2 = shown({ shape: { token: 'account', version: 'v2', businessType: 'company' }, country: 'GB' });
    expect(v2['company.id_numbers.0.value']).toBe(true);
  });
});

describe('requirement-driven field sets', () => {
  it('shows exactly the listed fields plus what they depend on', () => {
    const plan = shown({
      shape: { token: 'account', version: 'v1', businessType: 'individual' },
      country: 'US',
      requirements: ['individual.dob.day', 'individual.address.state', 'individual.verification.document'],
    });
    expect(plan).toEqual({
      'individual.dob.day': true,
      'individual.dob.month': true,
      'individual.dob.year': true,
      'individual.address.state': true,
      'individual.address.country': true,
      'individual.verification.document.front': true,
      'individual.verification.document.back': true,
    });
  });

  it('reads person requirements addressed by role or person id', () => {
    const input: PlanInput = {
      shape: { token: 'person', version: 'v1' },
      country: 'JP',
      requirements: ['representative.first_name_kana', 'person_1AbC.relationship.percent_ownership'],
      person: 'person_1AbC',
    };
    expect(shown(input)).toEqual({
      'person.given_name_kana': true,
      'person.relationship.percent_ownership': true,
      'person.relationship.owner': false,
      // Asked for as the representative: the person is the representative (sent, not asked).
      'person.relationship.representative': false,
    });
    expect(planFields(input).fixed).toEqual({ 'person.relationship.representative': true });
  });

  it('maps v1 requirement names onto v2 parameters', () => {
    const plan = shown({
      shape: { token: 'account', version: 'v2', businessType: 'company' },
      country: 'US',
      requirements: ['company.tax_id', 'tos_acceptance.date', 'company.owners_provided'],
    });
    expect(plan).toEqual({
      'company.id_numbers.0.type': true,
      'company.id_numbers.0.value': true,
      'account.terms.accepted': true,
      'account.persons_provided.owners': true,
    });
  });

  it('reports what the form cannot collect', () => {
    const plan = planFields({
      shape: { token: 'account', version: 'v1', businessType: 'company' },
      country: 'US',
      requirements: ['external_account', 'business_profile.url', 'company.name'],
    });
    expect(plan.unsupported).toEqual(['external_account', 'business_profile.url']);
    expect(plan.fields.map((entry) => entry.field.id)).toEqual(['company.name']);
  });
});

describe('country-specific parts of a requirement', () => {
  it("offers a German company id number's registrar", () => {
    const plan = shown({
      shape: { token: 'account', version: 'v2', businessType: 'company' },
      country: 'DE',
      requirements: ['company.tax_id'],
    });
    expect(plan['company.id_numbers.0.registrar']).toBe(false);
  });
});

describe('address parts by country', () => {
  it('asks a German address for no state, even when the whole address is required', () => {
    const plan = shown({ shape: { token: 'person', version: 'v1' }, country: 'DE', requirements: ['person.address'] });
    expect(plan['person.address.state']).toBeUndefined();
    expect(plan['person.address.postal_code']).toBe(true);
    expect(plan['person.address.line2']).toBe(false);
  });

  it('asks a Hong Kong address for no postal code by default', () => {
    const plan = shown({ shape: { token: 'person', version: 'v1' }, country: 'HK' });
    expect(plan['person.address.postal_code']).toBeUndefined();
    expect(plan['person.address.city']).toBe(true);
  });

  it('still shows a part a requirement names exactly', () => {
    const plan = shown({
      shape: { token: 'person', version: 'v1' },
      country: 'DE',
      requirements: ['person.address.state'],
    });
    expect(plan['person.address.state']).toBe(true);
  });
});

describe('v2 requirement names', () => {
  it('maps first and last name to the person, not to the additional names list', () => {
    const plan = shown({
      shape: { token: 'person', version: 'v2' },
      country: 'US',
      requirements: ['representative.first_name', 'representative.last_name'],
    });
    expect(plan).toEqual({
      'person.given_name': true,
      'person.surname': true,
      'person.relationship.representative': false,
    });
  });
});

describe('account-level requirements in v2', () => {
  it('maps v1 declaration requirements to v2 attestations', () => {
    const plan = shown({
      shape: { token: 'account', version: 'v2', businessType: 'company' },
      country: 'GB',
      requirements: ['company.ownership_declaration.date', 'company.directorship_declaration'],
    });
    expect(plan).toEqual({
      'account.ownership_declaration.accepted': true,
      'account.directorship_declaration.accepted': true,
    });
  });

  it("leaves a German id number's registrar optional unless it is named", () => {
    const plan = shown({
      shape: { token: 'account', version: 'v2', businessType: 'company' },
      country: 'DE',
      requirements: ['company.tax_id'],
    });
    expect(plan['company.id_numbers.0.registrar']).toBe(false);
  });
});

describe('items a person adds to a list', () => {
  it('are asked for as the first item is', () => {
    const plan = shown({
      shape: { token: 'person', version: 'v2', listCounts: { 'person.id_numbers': 2 } },
      country: 'US',
    });
    expect(plan['person.id_numbers.1.type']).toBe(true);
    expect(plan['person.id_numbers.1.value']).toBe(true);
    expect(plan['person.id_numbers.2.value']).toBeUndefined();
  });
});
