import {
  checkDateOfBirth,
  checkRegistrationDate,
  validateBusinessIdNumber,
  validateEmail,
  validateIdNumber,
  normalizeKana,
  validateKanaAddressLine,
  validateKanaBlockNumber,
  validateKanaName,
  validateKanjiText,
  validatePercentOwnership,
  validatePhone,
  validatePostalCode,
  validateRegion,
  type ValidationIssue,
} from '../validation/index';
import { hasValue, type FormValues } from '../params/values';
import { countryOf, siblingId } from './field-country';
import type { CheckName, Field } from './types';

export interface CheckContext {
  /** The form's country: the default for addresses, phone numbers and id numbers. */
  readonly country: string;
  readonly minimumAge?: number;
  readonly today?: Date;
  /** The id type chosen for each v1 id number field (v1 has no type parameter), by field id. */
  readonly idTypes?: Readonly<Record<string, string>>;
  /** The country a phone number is read in when it has no `+` code, by field id (its picker's choice). */
  readonly phoneCountries?: Readonly<Record<string, string>>;
}

const text = (values: FormValues, id: string): string => {
  const value = values[id];
  return typeof value === 'string' ? value.trim() : '';
};

function idTypeFor(field: Field, values: FormValues, context: CheckContext): string | undefined {
  if (field.list) return text(values, siblingId(field, 'type')) || undefined;
  return context.idTypes?.[field.id];
}

/** The three parts of the date a part belongs to, once all are entered. */
function dateOf(field: Field, values: FormValues): { year: string; month: string; day: string } | undefined {
  const base = field.spec.key.slice(0, field.spec.key.lastIndexOf('.'));
  const part = (name: string): string => text(values, siblingId(field, `${base}.${name}`));
  const date = { year: part('year'), month: part('month'), day: part('day') };
  return date.year && date.month && date.day ? date : undefined;
}

async function runCheck(
  check: CheckName,
  value: string,
  field: Field,
  values: FormValues,
  context: CheckContext,
): Promise<ValidationIssue | null> {
  const country = countryOf(field, values, context.country);
  switch (check) {
    case 'email':
      return validateEmail(value);
    case 'phone':
      return validatePhone(value, { country: context.phoneCountries?.[field.id] ?? country });
    case 'postal-code':
      return validatePostalCode(value, { country });
    case 'region':
      return validateRegion(value, { country });
    case 'percent-ownership':
      return validatePercentOwnership(value);
    case 'person-id-number':
    case 'business-id-number': {
      // Persons and businesses share some type names (`de_stn`) with different formats.
      const idType = idTypeFor(field, values, context);
      if (!idType) return null;
      return check === 'person-id-number'
        ? validateIdNumber(value, { idType, country })
        : validateBusinessIdNumber(value, { idType, country });
    }
    case 'date-of-birth': {
      const date = dateOf(field, values);
      return date ? checkDateOfBirth(date, { minimumAge: context.minimumAge, today: context.today }) : null;
    }
    case 'registration-date': {
      const date = dateOf(field, values);
      return date ? checkRegistrationDate(date, { today: context.today }) : null;
    }
    case 'kana-name':
      return validateKanaName(normalizeKana(value));
    case 'kana-address':
      // Block numbers (line1) may be digits only; other Kana lines need a katakana character. Both are
      // checked as they will be sent (hiragana and half-width kana folded).
      if (field.spec.key.endsWith('state')) return validateRegion(value, { country: 'JP' });
      return field.spec.key.endsWith('line1')
        ? validateKanaBlockNumber(normalizeKana(value))
        : validateKanaAddressLine(normalizeKana(value));
    case 'kanji-name':
      return validateKanjiText(value);
    case 'kanji-address':
      // A prefecture must be one of the 47; block numbers and building names may be Latin.
      if (field.spec.key.endsWith('state')) return validateRegion(value, { country: 'JP' });
      return field.spec.key.endsWith('line2') || field.spec.key.endsWith('line1') ? null : validateKanjiText(value);
    case 'country':
      return /^[A-Z]{2}$/.test(value) ? null : { code: 'invalid_country' };
  }
}

/**
 * The first problem with a field's value: `required` when it is empty and must be given, else the
 * first failing check. Date parts are checked together, once the whole date is there.
 */
export async function checkField(
  field: Field,
  values: FormValues,
  required: boolean,
  context: CheckContext,
): Promise<ValidationIssue | null> {
  const value = values[field.id];
  if (!hasValue(value)) return required ? { code: 'required' } : null;
  if (typeof value !== 'string') return null;
  for (const check of field.spec.checks ?? []) {
    const issue = await runCheck(check, value.trim(), field, values, context);
    if (issue) return issue;
  }
  return null;
}
