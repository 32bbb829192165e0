import { ruleCountry, rulesOf, type CheckContext } from '../fields/checks';
import type { Field } from '../fields/types';
import { normalizeDigits } from '../validation/index';
import type { FieldValue, FormValues } from './values';

const isNumeric = (field: Field): boolean =>
  field.spec.encoding === 'integer' || field.spec.encoding === 'decimal' || field.spec.input === 'id-number';

/** How one value is written before it is sent: by its first check that says so, else trimmed (digits folded). */
async function requestValue(field: Field, value: string, values: FormValues, context: CheckContext): Promise<string> {
  for (const rule of rulesOf(field)) {
    const input = { field, values, context, country: ruleCountry(rule, field, values, context) };
    if (rule.send) return rule.send(value, input);
    if (rule.settle) return rule.settle(value);
  }
  return isNumeric(field) ? normalizeDigits(value).trim() : value.trim();
}

/**
 * Values as Stripe wants them, from values as people type them: phone numbers in E.164 (parsed in the
 * address country), Kana folded to full-width katakana, full-width digits to ASCII, postal codes tidied.
 * Run once at submission, never while someone is typing (an IME composition must not be rewritten).
 * `phoneCountries` holds the country a phone field's code picker shows, by field id.
 */
export async function normalizeForRequest(
  fields: readonly Field[],
  values: FormValues,
  country: string,
  phoneCountries: Readonly<Record<string, string>> = {},
): Promise<FormValues> {
  const context: CheckContext = { country, phoneCountries };
  const entries = await Promise.all(
    fields.map(async (field): Promise<[string, FieldValue | undefined]> => {
      const value = values[field.id];
      return [field.id, typeof value === 'string' ? await requestValue(field, value, values, context) : value];
    }),
  );
  return { ...values, ...Object.fromEntries(entries.filter(([, value]) => value !== undefined)) };
}
