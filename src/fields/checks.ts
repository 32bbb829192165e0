import { hasValue, type FieldValue, type FormValues } from '../params/values';
// Each from its own module: the package's validation index also carries the tables loaded on demand.
import { checkDateOfBirth, checkRegistrationDate } from '../validation/dates';
import { validateEmail } from '../validation/email';
import { validateBusinessIdNumber, validateIdNumber } from '../validation/id-numbers/validate-id-number';
import type { ValidationIssue } from '../validation/issues';
import {
  validateKanaAddressLine,
  validateKanaBlockNumber,
  validateKanaName,
  validateKanjiText,
} from '../validation/japanese';
import { normalizeDigits, normalizeKana } from '../validation/normalize';
import { validatePercentOwnership } from '../validation/percent';
import { toE164, validatePhone } from '../validation/phone';
import { checkPostalCode } from '../validation/postal-code-check';
import { normalizePostalCode } from '../validation/postal-code-normalize';
import { loadRegions, validateRegion } from '../validation/regions/lookup';
import { validateMaxLength } from '../validation/text-length';
import {
  validateAddressLine,
  validateFreeText,
  validateOrganizationName,
  validatePersonName,
} from '../validation/text';
import { checkJapanesePostalCodeKnown, checkTownOfPostalCode } from '../postal/postal-checks';
import { canonicalRegion, regionCountryOf } from './canonical-region';
import { registerFieldChecks } from './checks-on-demand';
import { countryOf, datePartIds, listItemTypeId, siblingId } from './relations';
import type { CheckName, Field } from './types';

/** What a check may read besides the value: the form around it and the choices made beside fields. */
export interface CheckContext {
  /** The form's country: the default for addresses, phone numbers and id numbers. */
  readonly country: string;
  readonly minimumAge?: number;
  readonly today?: Date;
  /** The id type chosen for each v1 id number field (v1 has no type parameter), by field id. */
  readonly idTypes?: Readonly<Record<string, string>>;
  /** The country a phone number is read in when it has no `+` code, by field id (its picker's choice). */
  readonly phoneCountries?: Readonly<Record<string, string>>;
  /** The publishable key's mode: Stripe's test id numbers (`000-00-0000`) are refused only in `live`. */
  readonly keyMode?: 'test' | 'live';
}

/** A check's view of one value: the field, every value of the form, the context and the country it reads. */
export interface CheckInput {
  readonly field: Field;
  readonly values: FormValues;
  readonly context: CheckContext;
  /** The country this check reads the value in (see `CheckRule.country`). */
  readonly country: string;
}

type Result<T> = T | Promise<T>;

/** Everything one check means for a value: where it reads its country, how it is written, how it is judged. */
export interface CheckRule {
  /**
   * The country the value is read in: its address's (or the person's home address) country, a phone
   * field's picked country before that, or Japan for Japanese script fields.
   */
  readonly country: 'address' | 'phone' | 'script-or-address';
  /** The value as Stripe wants it, written once the person has finished with the input (never mid-IME). */
  readonly settle?: (value: string) => string;
  /** The value as sent; `settle` when absent. */
  readonly send?: (value: string, input: CheckInput) => Result<string>;
  /** The first problem with the (settled) value, or `null`. */
  readonly validate: (value: string, input: CheckInput) => Result<ValidationIssue | null>;
}

const textAt = (values: FormValues, id: string): string => {
  const value = values[id];
  return typeof value === 'string' ? value.trim() : '';
};

/** The three parts of the date a part belongs to, once all are entered. */
function dateOf(field: Field, values: FormValues): { year: string; month: string; day: string } | undefined {
  const ids = datePartIds(field);
  const date = { year: textAt(values, ids.year), month: textAt(values, ids.month), day: textAt(values, ids.day) };
  return date.year && date.month && date.day ? date : undefined;
}

/** The id type a number is checked as: its list item's chosen type (v2), else the type picked beside it (v1). */
function idTypeFor({ field, values, context }: CheckInput): string | undefined {
  if (field.list) return textAt(values, listItemTypeId(field)) || undefined;
  return context.idTypes?.[field.id];
}

/** The country whose list a state field's value names: Japan for Kanji and Kana addresses. */
/**
 * One rule per check, keyed by check name: the type system holds every check to having one. The form
 * uses these when a value settles in its input, when it is validated and when it is sent.
 */
export const CHECK_RULES: { readonly [Name in CheckName]: CheckRule } = {
  email: {
    country: 'address',
    send: (value) => value.normalize('NFKC').trim(),
    validate: (value) => validateEmail(value),
  },
  phone: {
    country: 'phone',
    send: async (value, { country }) => (await toE164(value, country)) ?? value.trim(),
    validate: (value, { country }) => validatePhone(value, { country }),
  },
  'postal-code': {
    country: 'address',
    settle: normalizePostalCode,
    validate: (value, { country }) => checkPostalCode(value, { country }),
  },
  'japan-postal-code': { country: 'address', validate: (value) => checkJapanesePostalCodeKnown(value) },
  'japan-town': {
    country: 'address',
    validate: (value, { field, values }) => {
      const postalCode = textAt(values, siblingId(field, 'address_kanji.postal_code'));
      return postalCode === ''
        ? null
        : checkTownOfPostalCode(value, postalCode, field.spec.script === 'kana' ? 'kana' : 'kanji');
    },
  },
  region: {
    // Japanese script addresses are in Japan whatever their country field says. Both wait for the
    // country's list: a value typed or sent before it arrived is judged and written by it. Offline, the
    // value goes as typed (Stripe still checks it).
    country: 'script-or-address',
    send: async (value, { field, country }) => {
      await loadRegions(regionCountryOf(field, country)).catch(() => null);
      return canonicalRegion(field, value.trim(), country);
    },
    validate: async (value, { country }) => {
      await loadRegions(country).catch(() => null);
      return validateRegion(value, { country });
    },
  },
  'percent-ownership': { country: 'address', validate: (value) => validatePercentOwnership(value) },
  // Persons and businesses share some type names (`de_stn`) with different formats.
  'person-id-number': {
    country: 'address',
    validate: (value, input) => {
      const idType = idTypeFor(input);
      return idType
        ? validateIdNumber(value, { idType, country: input.country, keyMode: input.context.keyMode })
        : null;
    },
  },
  'business-id-number': {
    country: 'address',
    validate: (value, input) => {
      const idType = idTypeFor(input);
      return idType
        ? validateBusinessIdNumber(value, { idType, country: input.country, keyMode: input.context.keyMode })
        : null;
    },
  },
  'date-of-birth': {
    country: 'address',
    validate: (_value, { field, values, context }) => {
      const date = dateOf(field, values);
      return date ? checkDateOfBirth(date, { minimumAge: context.minimumAge, today: context.today }) : null;
    },
  },
  'registration-date': {
    country: 'address',
    validate: (_value, { field, values, context }) => {
      const date = dateOf(field, values);
      return date ? checkRegistrationDate(date, { today: context.today }) : null;
    },
  },
  // Kana is checked and sent as it will be stored: hiragana and half-width kana folded to katakana.
  'kana-name': { country: 'address', settle: normalizeKana, validate: (value) => validateKanaName(value) },
  'kana-address': {
    country: 'address',
    settle: normalizeKana,
    // Block numbers (line1) may be digits only; other Kana lines need a katakana character.
    validate: (value, { field }) =>
      field.spec.address?.part === 'line1' ? validateKanaBlockNumber(value) : validateKanaAddressLine(value),
  },
  'kanji-name': { country: 'address', validate: (value) => validateKanjiText(value) },
  'kanji-address': {
    country: 'address',
    // Block numbers and building names may be Latin.
    validate: (value, { field }) => {
      const part = field.spec.address?.part;
      return part === 'line1' || part === 'line2' ? null : validateKanjiText(value);
    },
  },
  country: { country: 'address', validate: (value) => (/^[A-Z]{2}$/.test(value) ? null : { code: 'invalid_country' }) },
  // What free text may contain, by kind: one rule in `src/validation/text.ts`.
  'person-name': { country: 'address', validate: (value) => validatePersonName(value) },
  'organization-name': { country: 'address', validate: (value) => validateOrganizationName(value) },
  'address-line': { country: 'address', validate: (value) => validateAddressLine(value) },
  'free-text': { country: 'address', validate: (value) => validateFreeText(value) },
};

/** The rules of a field's checks, in the order the schema lists them. */
export const rulesOf = (field: Field): CheckRule[] => (field.spec.checks ?? []).map((check) => CHECK_RULES[check]);

/** The country a rule reads a field's value in. */
export function ruleCountry(rule: CheckRule, field: Field, values: FormValues, context: CheckContext): string {
  if (rule.country === 'phone') return context.phoneCountries?.[field.id] ?? countryOf(field, values, context.country);
  if (rule.country === 'script-or-address' && field.spec.script) return 'JP';
  return countryOf(field, values, context.country);
}

const isNumeric = (field: Field): boolean => field.spec.inputMode === 'numeric' || field.spec.inputMode === 'decimal';

/** The value as Stripe wants it, applied when the person has finished with an input (never during an IME composition). */
export function settledValue(field: Field, value: string): string {
  const settle = rulesOf(field).find((rule) => rule.settle)?.settle;
  if (settle) return settle(value);
  return isNumeric(field) ? normalizeDigits(value).trim() : value;
}

/** Values sent as digits: full-width digits are folded to ASCII. */
const sendsDigits = (field: Field): boolean =>
  field.spec.encoding === 'integer' || field.spec.encoding === 'decimal' || field.spec.input === 'id-number';

/** How one text value is written when it is sent: by its first check that says so, else trimmed (digits folded). */
export async function sentValue(
  field: Field,
  value: string,
  values: FormValues,
  context: CheckContext,
): Promise<string> {
  for (const rule of rulesOf(field)) {
    const input = { field, values, context, country: ruleCountry(rule, field, values, context) };
    if (rule.send) return rule.send(value, input);
    if (rule.settle) return rule.settle(value);
  }
  return sendsDigits(field) ? normalizeDigits(value).trim() : value.trim();
}

/** `too_long` when the value (each item of a list) has more code points, as it will be sent, than Stripe takes. */
async function lengthIssue(
  field: Field,
  value: FieldValue,
  values: FormValues,
  context: CheckContext,
): Promise<ValidationIssue | null> {
  const { maxLength } = field;
  if (maxLength === undefined || typeof value === 'boolean') return null;
  for (const item of typeof value === 'string' ? [value] : value) {
    const issue = validateMaxLength(await sentValue(field, item, values, context), maxLength);
    if (issue) return issue;
  }
  return null;
}

/**
 * The first problem with a field's value: `required` when it is empty and must be given, then `too_long`
 * when Stripe would refuse its length, else the first failing check. Date parts are checked together,
 * once the whole date is there.
 */
export async function checkField(
  field: Field,
  values: FormValues,
  required: boolean,
  context: CheckContext,
): Promise<ValidationIssue | null> {
  const value = values[field.id];
  if (value === undefined || !hasValue(value)) return required ? { code: 'required' } : null;
  const tooLong = await lengthIssue(field, value, values, context);
  if (tooLong) return tooLong;
  if (typeof value === 'boolean') return null;
  // A list of strings (`full_name_aliases`) is judged item by item.
  for (const item of typeof value === 'string' ? [value] : value.filter(hasValue)) {
    for (const rule of rulesOf(field)) {
      const trimmed = item.trim();
      const input = { field, values, context, country: ruleCountry(rule, field, values, context) };
      const issue = await rule.validate(rule.settle ? rule.settle(trimmed) : trimmed, input);
      if (issue) return issue;
    }
  }
  return null;
}

registerFieldChecks({ checkField, settledValue, sentValue });
