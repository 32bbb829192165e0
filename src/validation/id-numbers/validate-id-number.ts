import type { IdKind, ValidationContext, ValidationIssue } from '../issues';
import { BUSINESS_ID_TYPES } from './business-id-types';
import type { IdFailure } from './id-check';
import type { IdTypeRule } from './id-type-rule';
import { PERSON_ID_TYPES } from './person-id-types';

const RULES: Readonly<Record<IdKind, Readonly<Record<string, IdTypeRule>>>> = {
  person: PERSON_ID_TYPES,
  business: BUSINESS_ID_TYPES,
};

/** The rule for a Stripe id type; `null` for types this build does not know. */
export function idTypeRule(idType: string, idKind: IdKind = 'person'): IdTypeRule | null {
  const rules = RULES[idKind];
  return Object.hasOwn(rules, idType) ? (rules[idType] ?? null) : null;
}

function toIssue(failure: IdFailure, idType: string, idKind: IdKind, rule: IdTypeRule): ValidationIssue {
  switch (failure) {
    case 'length':
      return { code: 'id_number_length', idType, idKind };
    case 'checksum':
      return rule.checksumIsWarning
        ? { code: 'id_number_checksum', idType, idKind, severity: 'warning' }
        : { code: 'id_number_checksum', idType, idKind };
    case 'date':
      return { code: 'id_number_date', idType, idKind };
    case 'format':
      return { code: 'id_number_format', idType, idKind };
  }
}

async function checkIdNumber(
  value: string,
  idType: string | undefined,
  idKind: IdKind,
): Promise<ValidationIssue | null> {
  const rule = idType === undefined ? null : idTypeRule(idType, idKind);
  if (idType === undefined || rule === null) return null;
  const failure = await rule.check(value);
  return failure === null ? null : toIssue(failure, idType, idKind, rule);
}

/**
 * Checks a person's id number against `context.idType` (`us_ssn`, `jp_inc`, …). Types Stripe adds
 * later are accepted unchecked: Stripe still validates them, and blocking a valid number would be worse.
 */
export function validateIdNumber(value: string, context: ValidationContext): Promise<ValidationIssue | null> {
  return checkIdNumber(value, context.idType, 'person');
}

/** Checks a company's registration or tax number against `context.idType` (`us_ein`, `jp_cn`, …). */
export function validateBusinessIdNumber(value: string, context: ValidationContext): Promise<ValidationIssue | null> {
  return checkIdNumber(value, context.idType, 'business');
}
