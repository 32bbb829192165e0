import { canonicalRegion } from '../fields/canonical-region';
import { currencyOfCountry } from '../fields/currencies';
import { countryOf } from '../fields/relations';
import type { Field } from '../fields/types';
import type { FieldValue, FormValues } from '../params/values';
import type { PlannedField } from '../requirements/field-plan';
import { v1BusinessIdTypesIn } from '../validation/id-numbers/id-type-tables';

/** Values the platform already knows, by field id (`person.email`) or input name (`person.email`, `email`). */
export type PrefillValues = Readonly<Record<string, string | number | boolean | readonly string[] | undefined>>;

/**
 * What the form fills in before the person does, by field id: address countries the form's country,
 * a business's first number the country's tax number type (`us_ein`, `gb_crn`), revenue currencies
 * the country's currency.
 */
export function* defaultValues(planned: readonly PlannedField[], country: string): Generator<[string, FieldValue]> {
  for (const { field } of planned) {
    const { spec } = field;
    if (spec.input === 'country' && spec.key.endsWith('country') && spec.encoding !== 'string-list') {
      yield [field.id, country];
    }
    if (field.group === 'company' && field.list?.index === 0 && spec.key === 'type') {
      const taxType = v1BusinessIdTypesIn(country, 'tax_id')[0];
      if (taxType) yield [field.id, taxType];
    }
    if (spec.key.endsWith('amount.currency')) yield [field.id, currencyOfCountry(country)];
  }
}

/**
 * The host's prefill as form values, by field id, for fields the person fills in. A platform's
 * `California` or `東京` shows as the choice it names, read in the address's country as the form holds
 * it when the value is taken — so yield by yield, after the ones before it were applied.
 */
export function* prefilledValues(
  fields: readonly Field[],
  prefill: PrefillValues,
  values: FormValues,
  country: string,
): Generator<[string, FieldValue]> {
  for (const [key, raw] of Object.entries(prefill)) {
    const field = fields.find((candidate) => candidate.id === key || candidate.name === key);
    if (!field || (field.spec.source ?? 'user') !== 'user' || raw === undefined) continue;
    const text = typeof raw === 'number' ? String(raw) : raw;
    yield [field.id, typeof text === 'string' ? canonicalRegion(field, text, countryOf(field, values, country)) : text];
  }
}
