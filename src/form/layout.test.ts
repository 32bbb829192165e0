import { describe, expect, it } from 'vitest';
import { planFields } from '../requirements/field-plan';
import { displayOrder, fieldGroups, layoutSections, memoisedLayout } from './layout';

const japanesePerson = planFields({
  shape: { token: 'person', version: 'v1' },
  country: 'JP',
  requirements: ['first_name', 'last_name', 'first_name_kanji', 'last_name_kanji', 'email', 'last_name_kana'],
});

const keysOf = (groups: readonly (readonly { field: { id: string } }[])[]): string[][] =>
  groups.map((group) => group.map(({ field }) => field.id));

describe('fieldGroups', () => {
  it('keeps a name’s two parts together, in schema order in English and surname first in Japanese', () => {
    const names = japanesePerson.fields.filter(({ field }) => field.spec.section === 'name');
    expect(keysOf(fieldGroups(names, 'en'))).toEqual([['person.given_name', 'person.surname']]);
    expect(keysOf(fieldGroups(names, 'ja'))).toEqual([['person.surname', 'person.given_name']]);
  });

  it('pairs only the two parts of one name: a Kana surname without its given name stands alone', () => {
    const scriptNames = japanesePerson.fields.filter(({ field }) => field.spec.section === 'script-names');
    expect(keysOf(fieldGroups(scriptNames, 'en'))).toEqual([
      ['person.surname_kanji', 'person.given_name_kanji'],
      ['person.surname_kana'],
    ]);
  });

  it('pairs the names of one list item, never parts of two items', () => {
    const plan = planFields({
      shape: { token: 'person', version: 'v2', listCounts: { 'person.additional_names': 2 } },
      country: 'US',
      requirements: ['identity.individual.additional_names'],
    });
    const names = plan.fields.filter(({ field }) => field.list?.key === 'person.additional_names');
    const pairs = fieldGroups(names, 'en').filter((group) => group.length === 2);
    expect(pairs.map((pair) => pair.map(({ field }) => [field.list?.index, field.spec.key]))).toEqual([
      [
        [0, 'given_name'],
        [0, 'surname'],
      ],
      [
        [1, 'given_name'],
        [1, 'surname'],
      ],
    ]);
  });
});

describe('layoutSections', () => {
  it('puts the surname first on screen in Japanese, so focus follows the order read', () => {
    const options = { country: 'JP' } as const;
    const english = displayOrder(layoutSections(japanesePerson.fields, {}, { ...options, locale: 'en' }));
    const japanese = displayOrder(layoutSections(japanesePerson.fields, {}, { ...options, locale: 'ja' }));
    expect(english.slice(0, 2)).toEqual(['person.given_name', 'person.surname']);
    expect(japanese.slice(0, 2)).toEqual(['person.surname', 'person.given_name']);
    expect([...japanese].sort()).toEqual([...english].sort());
  });
});

describe('memoisedLayout', () => {
  const plan = planFields({
    shape: { token: 'person', version: 'v1' },
    country: 'US',
    requirements: ['first_name', 'last_name', 'address.line1', 'address.city', 'address.postal_code'],
  });
  const options = { locale: 'en', country: 'US' } as const;

  it('gives back the same layout for a keystroke, and lays out again when the language or an address country changes', () => {
    const layout = memoisedLayout();
    const first = layout(plan.fields, { 'person.given_name': 'J' }, options);
    expect(first).toEqual(layoutSections(plan.fields, { 'person.given_name': 'J' }, options));
    expect(layout(plan.fields, { 'person.given_name': 'Je' }, options)).toBe(first);
    expect(layout([...plan.fields], { 'person.given_name': 'Jen' }, options)).toBe(first);

    const japanese = layout(plan.fields, {}, { locale: 'ja', country: 'US' });
    expect(japanese).not.toBe(first);
    expect(japanese).toEqual(layoutSections(plan.fields, {}, { locale: 'ja', country: 'US' }));

    const canadian = layout(plan.fields, { 'person.address.country': 'CA' }, options);
    expect(canadian).toEqual(layoutSections(plan.fields, { 'person.address.country': 'CA' }, options));
    expect(canadian).not.toBe(japanese);
  });

  it('lays out again when the fields on show change', () => {
    const layout = memoisedLayout();
    const first = layout(plan.fields, {}, options);
    const fewer = layout(plan.fields.slice(1), {}, options);
    expect(fewer).not.toBe(first);
    expect(fewer).toEqual(layoutSections(plan.fields.slice(1), {}, options));
  });

  it('gives two forms with the same fields on show, language and countries one layout, and a third with another country its own', () => {
    const one = memoisedLayout()(plan.fields, { 'person.given_name': 'Jenny' }, options);
    const other = memoisedLayout()(plan.fields, { 'person.surname': 'Rosen' }, options);
    expect(other).toBe(one);
    const canadian = memoisedLayout()(plan.fields, { 'person.address.country': 'CA' }, options);
    expect(canadian).not.toBe(one);
    expect(canadian).toEqual(layoutSections(plan.fields, { 'person.address.country': 'CA' }, options));
  });
});
