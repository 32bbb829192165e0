import { sentValue, type CheckContext } from '../fields/checks';
import type { Field } from '../fields/types';
import type { FieldValue, FormValues } from './values';

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
      return [field.id, typeof value === 'string' ? await sentValue(field, value, values, context) : value];
    }),
  );
  return { ...values, ...Object.fromEntries(entries.filter(([, value]) => value !== undefined)) };
}
