import { isV1BusinessIdField, v1BusinessIdTypesIn, v1PersonIdOptions } from '../validation/id-numbers/id-type-tables';
import type { V1IdNumberField } from '../validation/id-numbers/v1-id-numbers';
import type { Field } from './types';

const V1_PERSON_ID_FIELDS: readonly V1IdNumberField[] = ['id_number', 'id_number_secondary', 'ssn_last_4'];

/** A business's numbers (`us_ein`, `gb_crn`) are other types than a person's (`us_ssn`). */
export const isBusinessNumber = (field: Field): boolean => field.group === 'company';

/**
 * The v1 id types that fit this field in the form's country: SSN or ITIN for a US `id_number`, an EIN
 * for a US company's `tax_id`, a Companies House number for a British one. v1 sends no type, so the
 * person picks one when there are several; v2 list items carry their own `type` field instead. None
 * until the kind's id table is loaded (`loadIdTypes`).
 */
export function v1IdTypesFor(field: Field, country: string): string[] {
  if (field.list) return [];
  if (isBusinessNumber(field)) {
    return isV1BusinessIdField(field.spec.key) ? [...v1BusinessIdTypesIn(country, field.spec.key)] : [];
  }
  const key = V1_PERSON_ID_FIELDS.find((name) => name === field.spec.key);
  return key ? v1PersonIdOptions(country, key).map((option) => option.idType) : [];
}
