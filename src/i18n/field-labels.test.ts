import { describe, expect, it } from 'vitest';
import { mountFields, type FormShape } from '../fields/mount';
import { documentKeyOf, fieldLabel, FIELD_LABELS, labelKeyOf, sectionTitle } from './field-labels';

const shapes: FormShape[] = (['v1', 'v2'] as const).flatMap((version) => [
  { token: 'person', version },
  { token: 'account', version, businessType: 'individual' },
  { token: 'account', version, businessType: 'company' },
]);

describe('field labels', () => {
  it('label every input of every form in English and Japanese', () => {
    for (const shape of shapes) {
      for (const field of mountFields(shape)) {
        // Browser and derived values are never shown, so they carry no label.
        if (field.spec.source === 'browser' || field.spec.source === 'derived') continue;
        for (const country of ['US', 'JP', 'GB', 'CA']) {
          for (const locale of ['en', 'ja'] as const) {
            const label = fieldLabel(field, locale, country);
            expect(label, `${field.id} ${locale} ${country}`).toMatch(/\S/);
          }
        }
        expect(sectionTitle(field.spec.section, 'ja')).toMatch(/\S/);
        const document = documentKeyOf(field);
        if (document) expect(FIELD_LABELS.en.documents[document], document).toMatch(/\S/);
      }
    }
  });

  it('call address parts what the country calls them', () => {
    const person = mountFields({ token: 'person', version: 'v1' });
    const postal = person.find((field) => field.id === 'person.address.postal_code');
    const state = person.find((field) => field.id === 'person.address.state');
    if (!postal || !state) throw new Error('address fields missing');
    expect(fieldLabel(postal, 'en', 'US')).toBe('ZIP code');
    expect(fieldLabel(postal, 'en', 'GB')).toBe('Postcode');
    expect(fieldLabel(state, 'en', 'CA')).toBe('Province');
    expect(fieldLabel(state, 'ja', 'JP')).toBe('都道府県');
    expect(labelKeyOf(state, 'AU')).toBe('address.state_or_territory');
  });

  it('have the same keys in every catalogue', () => {
    const keys = (catalogue: object): string[] =>
      Object.entries(catalogue).flatMap(([group, entries]) =>
        Object.keys(entries as object).map((key) => `${group}.${key}`),
      );
    expect(keys(FIELD_LABELS.ja).sort()).toEqual(keys(FIELD_LABELS.en).sort());
  });
});

describe('choice labels', () => {
  it('name every choice of every select in both languages (structures name their own)', () => {
    const missing = new Set<string>();
    for (const shape of shapes) {
      for (const field of mountFields(shape)) {
        if (field.spec.source === 'derived' || field.spec.key === 'structure') continue;
        const list = field.list?.key.split('.').slice(1).join('.');
        const base = list ? `${list}.${field.spec.key}` : field.spec.key;
        const last = base.slice(base.lastIndexOf('.') + 1);
        for (const option of [...(field.spec.options ?? []), ...(field.spec.optionsV2 ?? [])]) {
          for (const locale of ['en', 'ja'] as const) {
            const options: Readonly<Record<string, string>> = FIELD_LABELS[locale].options;
            if (!options[`${base}.${option}`] && !options[`${last}.${option}`])
              missing.add(`${locale} ${base}.${option}`);
          }
        }
      }
    }
    expect([...missing]).toEqual([]);
  });
});
