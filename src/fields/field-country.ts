import type { FormValues } from '../params/values';
import type { Field } from './types';

const ADDRESS_PART = /^(.*?)\.?(line1|line2|city|town|state|postal_code)$/;

/** The id of the field with `key` in the same group and list item as `field`. */
export const siblingId = (field: Field, key: string): string =>
  field.id.slice(0, field.id.length - field.spec.key.length) + key;

/**
 * The country a value is read in: an address part's own address country, a phone or id number the
 * person's (or business's) address country, else the form's country.
 */
export function countryOf(field: Field, values: FormValues, formCountry: string): string {
  const address = ADDRESS_PART.exec(field.spec.key);
  const countryKey = address ? (address[1] ? `${address[1]}.country` : 'country') : 'address.country';
  const chosen = values[siblingId(field, countryKey)];
  return (typeof chosen === 'string' && chosen.trim() !== '' ? chosen.trim() : formCountry).toUpperCase();
}
