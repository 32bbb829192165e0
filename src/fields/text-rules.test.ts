import { describe, expect, it } from 'vitest';
import { mountFields } from './mount';
import type { CheckName, Field } from './types';

const TEXT_RULES: readonly CheckName[] = ['person-name', 'organization-name', 'address-line', 'free-text'];

const everyField: readonly Field[] = [
  ...mountFields({ token: 'person', version: 'v1' }),
  ...mountFields({ token: 'person', version: 'v2' }),
  ...mountFields({ token: 'account', version: 'v1', businessType: 'company' }),
  ...mountFields({ token: 'account', version: 'v2', businessType: 'company' }),
  ...mountFields({ token: 'account', version: 'v1', businessType: 'individual' }),
  ...mountFields({ token: 'account', version: 'v2', businessType: 'individual' }),
];
const typedText = everyField.filter((field) => field.spec.input === 'text' && (field.spec.source ?? 'user') === 'user');
const textRuleOf = (field: Field): CheckName[] =>
  (field.spec.checks ?? []).filter((check) => TEXT_RULES.includes(check));

describe('free-text fields in the schema', () => {
  it('each follow exactly one text rule, checked before their script rule', () => {
    expect(typedText.length).toBeGreaterThan(50);
    for (const field of typedText) {
      expect(textRuleOf(field), field.id).toHaveLength(1);
      expect(TEXT_RULES, field.id).toContain(field.spec.checks?.[0]);
    }
  });

  it('are names, organisation names or address lines where Stripe takes one', () => {
    const ruleOf = (id: string): CheckName | undefined =>
      textRuleOf(everyField.find((field) => field.id === id) as Field)[0];
    expect(ruleOf('person.given_name')).toBe('person-name');
    expect(ruleOf('person.surname_kana')).toBe('person-name');
    expect(ruleOf('individual.surname_kanji')).toBe('person-name');
    expect(ruleOf('company.name')).toBe('organization-name');
    expect(ruleOf('company.name_kanji')).toBe('organization-name');
    expect(ruleOf('company.address_kana.town')).toBe('address-line');
    expect(ruleOf('person.address.city')).toBe('address-line');
    expect(ruleOf('person.relationship.title')).toBe('free-text');
    expect(ruleOf('account.display_name')).toBe('free-text');
  });
});
