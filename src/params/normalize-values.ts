import { canonicalRegion } from '../fields/canonical-region';
import { countryOf } from '../fields/field-country';
import type { Field } from '../fields/types';
import { normalizeDigits, normalizeKana, normalizePostalCode, toE164 } from '../validation/index';
import type { FieldValue, FormValues } from './values';

/** How each kind of value is written before it is sent. */
async function normalizeOne(
  field: Field,
  value: string,
  values: FormValues,
  country: string,
  phoneCountries: Readonly<Record<string, string>>,
): Promise<string> {
  const checks = field.spec.checks ?? [];
  if (/(^|\.)state$/.test(field.spec.key))
    return canonicalRegion(field, value.trim(), countryOf(field, values, country));
  if (checks.includes('phone')) {
    const phoneCountry = phoneCountries[field.id] ?? countryOf(field, values, country);
    return (await toE164(value, phoneCountry)) ?? value.trim();
  }
  if (checks.includes('kana-name') || checks.includes('kana-address')) return normalizeKana(value);
  if (checks.includes('postal-code')) return normalizePostalCode(value);
  if (checks.includes('email')) return value.normalize('NFKC').trim();
  const numeric =
    field.spec.encoding === 'integer' || field.spec.encoding === 'decimal' || field.spec.input === 'id-number';
  return numeric ? normalizeDigits(value).trim() : value.trim();
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
  const entries = await Promise.all(
    fields.map(async (field): Promise<[string, FieldValue | undefined]> => {
      const value = values[field.id];
      return [
        field.id,
        typeof value === 'string' ? await normalizeOne(field, value, values, country, phoneCountries) : value,
      ];
    }),
  );
  return { ...values, ...Object.fromEntries(entries.filter(([, value]) => value !== undefined)) };
}
