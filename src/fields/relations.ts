import type { FormValues } from '../params/values';
import type { Field } from './types';

/**
 * How fields relate to one another, read from what the schema records: siblings in a group or list
 * item, the address a field is part of, where its country comes from, and what a shown field cannot
 * do without.
 */

/** The id of the field with `key` in the same group and list item as `field`. */
export const siblingId = (field: Field, key: string): string =>
  field.id.slice(0, field.id.length - field.spec.key.length) + key;

/** The id of the address a field is part of, without the part (`person.address`), if it is one. */
export function addressIdOf(field: Field): string | undefined {
  const address = field.spec.address;
  if (!address) return undefined;
  // A list item's address is the item itself (`person.additional_addresses.0`).
  return address.key === '' ? siblingId(field, '').slice(0, -1) : siblingId(field, address.key);
}

/**
 * The id of the country field a value is read in: an address part's own address's country; any other
 * field's (a phone or id number) the person's or business's home address country.
 */
export function countryFieldIdOf(field: Field): string {
  const address = field.spec.address;
  if (!address) return siblingId(field, 'address.country');
  return siblingId(field, address.key === '' ? 'country' : `${address.key}.country`);
}

/** The country a value is read in: its country field's value, else the form's country. */
export function countryOf(field: Field, values: FormValues, formCountry: string): string {
  const chosen = values[countryFieldIdOf(field)];
  return (typeof chosen === 'string' && chosen.trim() !== '' ? chosen.trim() : formCountry).toUpperCase();
}

/** The ids of the three parts of the date a date part belongs to. */
export function datePartIds(field: Field): { readonly day: string; readonly month: string; readonly year: string } {
  const base = field.spec.key.slice(0, field.spec.key.lastIndexOf('.'));
  return {
    day: siblingId(field, `${base}.day`),
    month: siblingId(field, `${base}.month`),
    year: siblingId(field, `${base}.year`),
  };
}

/** How many characters each part of a date has once written in full (`1990`, `03`, `27`). */
export const DATE_PART_LENGTH: { readonly [Part in 'day' | 'month' | 'year']: number } = { year: 4, month: 2, day: 2 };

/** The id of the type chosen for a list item's number (v2 `id_numbers[].type`). */
export const listItemTypeId = (field: Field): string => siblingId(field, 'type');

/**
 * What a shown field cannot do without, by id: the rest of its date, its address's country, the value
 * it repeats, the attestation that triggers it, its list item's type, and (optionally) the ownership
 * flag of a percentage.
 */
export function prerequisitesOf(field: Field): { readonly id: string; readonly required: boolean }[] {
  const { spec } = field;
  const found: { id: string; required: boolean }[] = [];
  if (spec.datePart) {
    const parts = datePartIds(field);
    found.push(
      { id: parts.day, required: true },
      { id: parts.month, required: true },
      { id: parts.year, required: true },
    );
  }
  if (spec.address && spec.address.part !== 'country') found.push({ id: countryFieldIdOf(field), required: true });
  if (spec.derivedFrom) found.push({ id: siblingId(field, spec.derivedFrom), required: true });
  if (spec.attestedBy) found.push({ id: siblingId(field, spec.attestedBy), required: true });
  if (field.list && spec.key === 'value') found.push({ id: listItemTypeId(field), required: true });
  if (spec.key === 'relationship.percent_ownership')
    found.push({ id: siblingId(field, 'relationship.owner'), required: false });
  return found;
}
